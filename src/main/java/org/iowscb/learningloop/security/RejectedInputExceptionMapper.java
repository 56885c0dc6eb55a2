package org.iowscb.learningloop.security;

import java.util.Map;

import jakarta.annotation.Priority;
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
        return badRequest(exception);
    }

    static Response badRequest(RejectedInputException exception) {
        return Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "InvalidRequestException", "message", exception.getMessage()))
            .build();
    }

    /**
     * Some of Camunda's endpoints (a process start, for one) turn every engine failure into their
     * own 500 before a mapper sees it. When the cause is input a person must correct, this answers
     * 400 instead; anything else gets Camunda's own answer.
     */
    @Provider
    @Priority(1)
    public static class WrappedByCamunda implements ExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {

        private final org.camunda.bpm.engine.rest.exception.RestExceptionHandler camunda =
            new org.camunda.bpm.engine.rest.exception.RestExceptionHandler();

        @Override
        public Response toResponse(org.camunda.bpm.engine.rest.exception.RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof RejectedInputException rejected) {
                    return badRequest(rejected);
                }
            }
            return camunda.toResponse(exception);
        }
    }
}
