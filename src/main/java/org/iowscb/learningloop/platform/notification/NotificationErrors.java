package org.iowscb.learningloop.platform.notification;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.platform.engine.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/notifications} answers as the engine's REST API does: {@code {"type": ..., "message": ...}}
 * with a sentence naming the field, never a Java class name or Spring's parse error.
 */
@RestControllerAdvice(assignableTypes = NotificationPreferencesController.class)
class NotificationErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> refused(ResponseStatusException refusal) {
        return answer(refusal.getStatusCode(), refusal.getReason());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "Please correct: the request body is not valid JSON; send an object"
            + " such as {\"digest\": true}.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "Please correct: " + e.getName() + " cannot be "
            + Texts.shown(String.valueOf(e.getValue())) + ".");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as JSON (Content-Type: application/json).");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "This address does not take " + e.getMethod() + ".");
    }

    static String shown(JsonNode value) {
        return value == null ? "nothing" : value.isTextual() ? Texts.shown(value.asText())
            : value.isContainerNode() ? "a list or record" : Texts.shown(value.toString());
    }

    static String shown(String value) {
        return Texts.shown(value);
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatusCode status, String message) {
        String type = status.value() == 404 ? "NotFound" : status.value() == 403 ? "AuthorizationException"
            : "InvalidRequestException";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("type", type, "message", message == null ? "The request was refused." : message));
    }
}
