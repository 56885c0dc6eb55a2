package org.iowscb.learningloop.casereview.seriouscasereview;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * Lenient reads for the guards of this process: a missing or malformed value reads as absent
 * ({@link org.iowscb.learningloop.platform.process.InputCheck} names the problem itself).
 */
final class Inputs {

    private Inputs() {
    }

    static boolean isTrue(VariableScope scope, ProcessVariable<Boolean> variable) {
        try {
            return Boolean.TRUE.equals(variable.from(scope).orElse(null));
        } catch (IllegalArgumentException wrongType) {
            return false;
        }
    }

    static boolean isFalse(VariableScope scope, ProcessVariable<Boolean> variable) {
        try {
            return Boolean.FALSE.equals(variable.from(scope).orElse(null));
        } catch (IllegalArgumentException wrongType) {
            return false;
        }
    }

    static Optional<String> text(VariableScope scope, ProcessVariable<String> variable) {
        try {
            return variable.from(scope).map(String::trim).filter(s -> !s.isEmpty());
        } catch (IllegalArgumentException wrongType) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(VariableScope scope, ProcessVariable<String> variable) {
        try {
            return text(scope, variable).map(LocalDate::parse);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
