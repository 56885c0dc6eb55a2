package org.iowscb.learningloop.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.iowscb.learningloop.platform.casereference.DuplicateCaseReferenceException;
import org.iowscb.learningloop.platform.engine.TaskHandoverRefusedException;
import org.iowscb.learningloop.platform.engine.Texts;
import org.iowscb.learningloop.platform.process.RejectedInputException;

/**
 * Every failure of the engine's REST API answered with the right status and a sentence a board member
 * reads, in Camunda's error format ({@code {"type": ..., "message": ...}}): never a stack trace, a Java
 * class name or an empty message. Unknown ids 404, a task already claimed 409, a case reference already
 * used 409, a refused handover 403, every other mistake of the caller 400. Whatever is not recognised
 * keeps Camunda's status, and its message when that is plain.
 */
public final class EngineRestErrors {

    /** What a message must not contain: a qualified Java name or an exception's name. */
    public static final Pattern JAVA_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]|[A-Za-z]Exception\\b|\\bat [a-z]+\\.");

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CONVERT = Pattern.compile(
        "Cannot convert value '(.*)' of type '(\\w+)' to java type", Pattern.DOTALL);
    private static final Pattern QUERY_PARAMETER = Pattern.compile("query parameter '(\\w+)'.*value '([^']*)'",
        Pattern.DOTALL);
    private static final Pattern IS_NULL = Pattern.compile("\\b(\\w+) is null\\s*$");

    private EngineRestErrors() {
    }

    static Response answer(Throwable failure, UriInfo uri) {
        String path = uri == null ? "" : uri.getPath();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedInputException rejected) {
                return respond(400, "InvalidRequestException", rejected.getMessage());
            }
            if (cause instanceof DuplicateCaseReferenceException duplicate) {
                return respond(409, "DuplicateCaseReference", duplicate.getMessage());
            }
            if (cause instanceof TaskHandoverRefusedException refused) {
                return respond(403, "AuthorizationException", refused.getMessage());
            }
            if (cause instanceof TaskAlreadyClaimedException) {
                return respond(409, "TaskAlreadyClaimed", ALREADY_CLAIMED);
            }
            if (cause instanceof MismatchingMessageCorrelationException mismatch) {
                return respond(400, "InvalidRequestException", noCaseWaiting(mismatch.getMessage()));
            }
            if (cause instanceof NotFoundException || cause instanceof NullValueException && unknownId(cause)) {
                return respond(404, "NotFound", notFound(path));
            }
            if (cause instanceof NullValueException missing) {
                Matcher field = IS_NULL.matcher(String.valueOf(missing.getMessage()));
                if (field.find()) {
                    return respond(400, "InvalidRequestException", "Please correct: " + field.group(1)
                        + " is required.");
                }
            }
            if ((cause instanceof JsonParseException || cause instanceof JsonMappingException) && uri != null) {
                String parameter = queryParameterIn(cause.getMessage(), uri);
                if (parameter != null) {
                    return respond(400, "InvalidRequestException", parameter);
                }
            }
            if (cause instanceof JsonParseException) {
                return respond(400, "InvalidRequestException", "Please correct: the request body is not valid JSON.");
            }
            if (cause instanceof JsonMappingException mapping) {
                return respond(400, "InvalidRequestException", wrongShape(mapping));
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("ENGINE-17007") || message.contains("Java serialization format is prohibited")) {
                return respond(400, "InvalidRequestException", JAVA_OBJECT);
            }
        }
        Response camunda = ExceptionHandlerHelper.getInstance().getResponse(failure);
        String type = null;
        String message = null;
        if (camunda.getEntity() instanceof ExceptionDto dto) {
            type = dto.getType();
            message = dto.getMessage();
        }
        Answer answer = translate(camunda.getStatus(), type, message, path);
        return respond(answer.status(), answer.type(), answer.message());
    }

    record Answer(int status, String type, String message) {
    }

    /**
     * The same answers from what Camunda wrote ({@code {"type", "message"}} and a status), for the webapps'
     * copy of the REST API, whose exceptions this application's Jersey providers do not see.
     */
    static Answer translate(int status, String type, String message, String resource) {
        String text = message == null ? "" : message;
        String simpleType = type == null ? "" : type;
        if (simpleType.equals("TaskAlreadyClaimedException")) {
            return new Answer(409, "TaskAlreadyClaimed", ALREADY_CLAIMED);
        }
        int duplicate = text.indexOf(DuplicateCaseReferenceException.START);
        if (duplicate >= 0 && text.contains(DuplicateCaseReferenceException.MARK)) {
            return new Answer(409, "DuplicateCaseReference", text.substring(duplicate));
        }
        int rejected = text.indexOf("Please correct:");
        if (rejected >= 0 && status < 500 || rejected >= 0 && simpleType.equals("RestException")) {
            return new Answer(400, "InvalidRequestException", text.substring(rejected));
        }
        if (simpleType.equals("MismatchingMessageCorrelationException")
            || text.contains("Cannot correlate message") && text.contains("match")) {
            return new Answer(400, "InvalidRequestException", noCaseWaiting(text));
        }
        if (text.contains("ENGINE-17007") || text.contains("Java serialization format is prohibited")) {
            return new Answer(400, "InvalidRequestException", JAVA_OBJECT);
        }
        if (status == 404 || simpleType.equals("NotFoundException") || text.contains("Cannot find")
            || text.contains("does not exist") || text.contains("No ") && text.contains(" found")
            || text.matches("(?s).*No matching (process definition|task|execution).*")) {
            return new Answer(404, "NotFound", notFound(resource));
        }
        if (simpleType.equals("AuthorizationException") || status == 403) {
            return new Answer(403, "AuthorizationException", plain(403, text));
        }
        return new Answer(status, simpleType.isBlank() || JAVA_NAME.matcher(simpleType).find() && !simpleType.endsWith("Exception")
            ? "Error" : simpleType, plain(status, text));
    }

    static final String ALREADY_CLAIMED = "This task is already claimed by someone else. They can unclaim it, or the"
        + " chair of the task's group or the business unit can hand it over.";
    static final String JAVA_OBJECT = "Please correct: serialized Java objects are not accepted; send text, a number,"
        + " true or false, or a list as text with the type Json.";

    /** "priority cannot be 'abc'" when a query parameter's value is what a conversion failed on. */
    private static String queryParameterIn(String failure, UriInfo uri) {
        if (failure == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!value.isEmpty() && failure.contains(value)) {
                    return "Please correct: " + parameter.getKey() + " cannot be " + Texts.shown(value)
                        + "; check that it is a date, a number, or true or false, as the parameter expects.";
                }
            }
        }
        return null;
    }

    private static boolean unknownId(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return message.contains("Cannot find") || message.contains("does not exist") || message.contains("No ")
            && message.contains("found") || message.matches("(?s).*\\b(task|execution|processInstance|process"
            + " instance|processDefinition|deployment) is null.*");
    }

    /** Camunda's own message when it is plain, or one that says what the caller can do. */
    static String plain(int status, String message) {
        if ("No message name supplied".equals(message)) {
            return "Please correct: messageName is required.";
        }
        if (message != null) {
            Matcher convert = CONVERT.matcher(message);
            if (convert.find()) {
                return "Please correct: " + Texts.shown(convert.group(1)) + " is not " + describe(convert.group(2)) + ".";
            }
            Matcher parameter = QUERY_PARAMETER.matcher(message);
            if (parameter.find()) {
                return "Please correct: " + parameter.group(1) + " cannot be " + Texts.shown(parameter.group(2)) + ".";
            }
        }
        if (message != null && !message.isBlank() && !JAVA_NAME.matcher(message).find() && message.length() <= 300) {
            return message;
        }
        if (status >= 500) {
            return "The server could not finish this request. Nothing was changed; the business unit can find the"
                + " details in the application's log.";
        }
        if (status == 403) {
            return "You are not allowed to do this.";
        }
        return "The request could not be used: check each field's name and that its value is of the kind the field"
            + " expects (text, a whole number, true or false).";
    }

    private static String describe(String type) {
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "integer", "long", "short" -> "a whole number";
            case "double" -> "a number";
            case "boolean" -> "true or false";
            case "date" -> "a date and time written like 2026-03-01T09:00:00.000+0000";
            default -> "a value of the kind expected";
        };
    }

    private static String noCaseWaiting(String message) {
        Matcher name = QUOTED.matcher(String.valueOf(message));
        String shown = name.find() ? " " + Texts.shown(name.group(1)) : "";
        if (message != null && message.matches("(?s).*\\b\\d+ (executions|process definitions) match.*")) {
            return "Please correct: more than one case is waiting for the message" + shown
                + "; name the case by its case reference (businessKey).";
        }
        return "Please correct: no case is waiting for the message" + shown
            + "; check the message name and the case reference (businessKey).";
    }

    private static String notFound(String path) {
        List<String> segments = List.of(path.replaceAll("^/+", "").split("/"));
        int at = segments.size() > 2 && segments.get(0).equals("engine") ? 2 : 0;
        String resource = segments.size() > at ? segments.get(at) : "";
        String id = segments.size() > at + 1 ? segments.get(at + 1) : null;
        String what = switch (resource) {
            case "task" -> "task";
            case "process-instance" -> "case";
            case "process-definition" -> "process";
            case "execution" -> "step of a case";
            case "history" -> "record";
            default -> "item";
        };
        if ("key".equals(id) && segments.size() > at + 2) {
            id = segments.get(at + 2);
        }
        String done = "task".equals(what) ? ", or it is already completed" : "case".equals(what) ? ", or it has ended" : "";
        return id == null ? "There is no such " + what + "." : "There is no " + what + " " + Texts.shown(id) + done + ".";
    }

    private static String wrongShape(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        String name = field.length() == 0 ? "the request body" : field.toString();
        return "Please correct: " + Texts.shown(name).replace("'", "") + " has the wrong kind of value (text, a number,"
            + " true or false, a list or an object in braces, as the field expects).";
    }

    private static String simpleType(String type) {
        return type == null || type.isBlank() ? "Error" : type;
    }

    static Response respond(int status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * The same answers for each exception type Camunda's REST API has its own mapper for: JAX-RS
     * takes the mapper of the most specific type, so each type needs its own (empty) subclass.
     */
    abstract static class Answering<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(E exception) {
            return answer(exception, uri);
        }
    }

    @Provider
    @Priority(1)
    public static class ForThrowable extends Answering<Throwable> {
    }

    @Provider
    @Priority(1)
    public static class ForProcessEngine extends Answering<ProcessEngineException> {
    }

    @Provider
    @Priority(1)
    public static class ForRest extends Answering<RestException> {
    }

    @Provider
    @Priority(1)
    public static class ForJsonMapping extends Answering<JsonMappingException> {
    }

    @Provider
    @Priority(1)
    public static class ForJsonParse extends Answering<JsonParseException> {
    }

    /** The providers of the REST API's Jersey application (the webapps' copy is translated by the InputGate). */
    static final List<Class<?>> PROVIDERS = List.of(ForThrowable.class, ForProcessEngine.class, ForRest.class,
        ForJsonMapping.class, ForJsonParse.class, RejectedInputExceptionMapper.class);
}
