package org.iowscb.learningloop.learning.learningregister;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request the register refuses, with the status and a sentence a person understands. */
class RegisterRequestException extends RuntimeException {

    private final HttpStatus status;

    RegisterRequestException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static RegisterRequestException badRequest(List<String> problems) {
        return new RegisterRequestException(HttpStatus.BAD_REQUEST,
            "Please correct: " + String.join("; ", problems) + ".");
    }

    static RegisterRequestException forbidden(String message) {
        return new RegisterRequestException(HttpStatus.FORBIDDEN, message);
    }

    static RegisterRequestException notFound(String message) {
        return new RegisterRequestException(HttpStatus.NOT_FOUND, message);
    }

    static RegisterRequestException conflict(String message) {
        return new RegisterRequestException(HttpStatus.CONFLICT, message);
    }

    static RegisterRequestException unauthorized(String message) {
        return new RegisterRequestException(HttpStatus.UNAUTHORIZED, message);
    }
}
