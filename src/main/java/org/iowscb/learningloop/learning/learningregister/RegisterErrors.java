package org.iowscb.learningloop.learning.learningregister;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The register's refusals as {@code {"message": "..."}} with their status; never a stack trace. */
@RestControllerAdvice(basePackageClasses = RegisterErrors.class)
class RegisterErrors {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterErrors.class);

    @ExceptionHandler(RegisterRequestException.class)
    ResponseEntity<Message> refused(RegisterRequestException refusal) {
        LOG.debug("learning register refused a request: {} {}", refusal.status(), refusal.getMessage());
        return answer(refusal.status(), refusal.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Message> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST,
            "The body must be JSON such as {\"code\": \"county-lines\", \"label\": \"County lines\"}.");
    }

    /** Two people adding the same theme at once: the second is told, as if it had been there before. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Message> duplicate(DuplicateKeyException e) {
        return answer(HttpStatus.CONFLICT, "That entry is already in the learning register.");
    }

    private static ResponseEntity<Message> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new Message(message));
    }
}
