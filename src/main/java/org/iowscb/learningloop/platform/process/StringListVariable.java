package org.iowscb.learningloop.platform.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A list of short strings (agency group ids, themes) as a process variable. It accepts what
 * people send, a JSON array from a Camunda Form checklist or tag list, a Java list over the Java
 * API, or a comma-separated string over REST, and stores a plain JSON list that a multi-instance
 * activity can iterate.
 */
public final class StringListVariable {

    private final String name;

    private StringListVariable(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static StringListVariable stringListVariable(String name) {
        return new StringListVariable(name);
    }

    public String name() {
        return name;
    }

    /** The values, trimmed and without blanks; empty when the variable is not set. */
    public List<String> from(VariableScope scope) {
        return parse(scope.getVariable(name));
    }

    /** Stores the values as a JSON-serialized list, so the engine and REST read it back alike. */
    public void set(VariableScope scope, List<String> values) {
        scope.setVariable(name, valueOf(values));
    }

    /**
     * Puts the values where a form's checklist edits them, as a Json value ({@link JsonValue#forForm}):
     * Tasklist sends a checklist back with the type of the variable it found, or else with the type
     * of the checklist's options (an object value, which the input gate refuses).
     */
    public void offer(VariableScope scope, List<String> values) {
        scope.setVariable(name, JsonValue.forForm(values));
    }

    /** The stored form of a list, for a map of start or completion variables. */
    public static ObjectValue valueOf(List<String> values) {
        return JsonValue.of(values);
    }

    static List<String> parse(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> raw = new ArrayList<>();
        if (value instanceof SpinJsonNode json) {
            if (json.isArray()) {
                json.elements().forEach(element -> raw.add(element.isString() ? element.stringValue() : element.toString()));
            } else if (json.isString()) {
                raw.addAll(Arrays.asList(json.stringValue().split(",")));
            } else {
                throw new IllegalArgumentException("expected a list of text values, not " + json);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> raw.add(String.valueOf(element)));
        } else if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.startsWith("[")) {
                return parse(org.camunda.spin.Spin.JSON(trimmed));
            }
            raw.addAll(Arrays.asList(trimmed.split(",")));
        } else {
            throw new IllegalArgumentException("expected a list of text values, not a " + value.getClass().getSimpleName());
        }
        return raw.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
