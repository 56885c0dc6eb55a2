package org.iowscb.learningloop.security;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.iowscb.learningloop.process.RejectedInputException;

/** Rejected input is the caller's to correct: 400 with the message, in Camunda's error format. */
@Provider
public class RejectedInputExceptionMapper implements ExceptionMapper<RejectedInputException> {

    @Override
    public Response toResponse(RejectedInputException exception) {
        return Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "InvalidRequestException", "message", exception.getMessage()))
            .build();
    }
}
