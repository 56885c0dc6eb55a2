package org.iowscb.learningloop.platform.process;

import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable with its name and type in one place, so that delegates, controllers and
 * tests never spell a variable name as a bare string or cast what they read.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static ProcessVariable<String> stringVariable(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Boolean> booleanVariable(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Long> longVariable(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The value, or empty when the variable is not set. */
    public Optional<T> from(VariableScope scope) {
        return Optional.ofNullable(cast(scope.getVariable(name)));
    }

    public Optional<T> from(java.util.Map<String, Object> variables) {
        return Optional.ofNullable(cast(variables.get(name)));
    }

    /** The value; fails with the variable's name when it is missing. */
    public T requiredFrom(VariableScope scope) {
        return from(scope).orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is not set"));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Adds the value to a map of variables for a start or a completion. */
    public VariableMap putInto(VariableMap variables, T value) {
        return variables.putValue(name, value);
    }

    private T cast(Object value) {
        if (value == null) {
            return null;
        }
        if (type == Long.class && value instanceof Number number) {
            return type.cast(number.longValue());
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Process variable '" + name + "' should be a "
                + type.getSimpleName() + " but is a " + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
