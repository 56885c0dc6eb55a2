package org.iowscb.learningloop.platform.security;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.iowscb.learningloop.platform.process.RejectedInputException;

/**
 * Rejected input is the caller's to correct: 400 with the message, in Camunda's error format. When Camunda
 * wraps it first (a process start turns every engine failure into its own 500), {@link EngineRestErrors}
 * finds it among the causes and answers the same.
 */
@Provider
public class RejectedInputExceptionMapper implements ExceptionMapper<RejectedInputException> {

    @Override
    public Response toResponse(RejectedInputException exception) {
        return badRequest(exception);
    }

    static Response badRequest(RejectedInputException exception) {
        return Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "InvalidRequestException", "message", exception.getMessage()))
            .build();
    }
}
