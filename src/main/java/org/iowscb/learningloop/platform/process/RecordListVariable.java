package org.iowscb.learningloop.platform.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A process variable that holds a list of small records (lessons, actions, disseminations,
 * agency returns) as JSON, declared once in its owner's process API with its record type. What
 * the engine stores is a plain JSON list of objects, written by {@link JsonValue}, so Camunda
 * Forms loop over it, the REST API returns it as JSON and a model's expressions read its fields
 * ({@code ${action.ownerGroup}}); the Java side reads and writes only the record. It also reads
 * what a form submits (a JSON array) and what a REST caller sends (JSON text).
 */
public final class RecordListVariable<T> {

    private static final ObjectMapper JSON = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String name;
    private final Class<T> type;
    private final JavaType listType;

    private RecordListVariable(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.listType = JSON.getTypeFactory().constructCollectionType(List.class, type);
    }

    public static <T> RecordListVariable<T> recordListVariable(String name, Class<T> type) {
        return new RecordListVariable<>(name, type);
    }

    public String name() {
        return name;
    }

    /** The records; empty when the variable is not set. Fails with the variable's name on a value of another shape. */
    public List<T> from(VariableScope scope) {
        return parse(scope.getVariable(name));
    }

    /** The records in a map of variables, as the Java and REST APIs return them; empty when not set. */
    public List<T> from(Map<String, Object> variables) {
        return parse(variables.get(name));
    }

    /** One record held by an element variable of a multi-instance activity (the same JSON object). */
    public Optional<T> elementFrom(VariableScope scope, String elementVariable) {
        Object value = scope.getVariable(elementVariable);
        return value == null ? Optional.empty() : Optional.of(JSON.convertValue(plain(value), type));
    }

    /**
     * What a person submitted in this variable (a form's dynamic list, a REST call): the records,
     * or a rejection that says in words what the list must hold.
     */
    public List<T> entered(VariableScope scope, String eachEntryIs) {
        try {
            return from(scope);
        } catch (IllegalArgumentException wrongShape) {
            throw new RejectedInputException(List.of(FormFields.deployed().labelOf(name) + " must be a list, each entry " + eachEntryIs));
        }
    }

    public void set(VariableScope scope, List<T> records) {
        scope.setVariable(name, valueOf(records));
    }

    /** Sets the records on this scope only (one organisation's branch of a multi-instance, say). */
    public void setLocal(VariableScope scope, List<T> records) {
        scope.setVariableLocal(name, valueOf(records));
    }

    /** Puts the records where a form's dynamic list edits them (see {@link JsonValue#forForm}). */
    public void offer(VariableScope scope, List<T> records) {
        scope.setVariable(name, JsonValue.forForm(records));
    }

    /** The stored form of the records: a JSON list of objects. */
    public ObjectValue valueOf(List<T> records) {
        return JsonValue.of(JSON.convertValue(records, List.class));
    }

    List<T> parse(Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            Object plain = plain(value);
            if (!(plain instanceof Collection<?>)) {
                throw new IllegalArgumentException(name + " must be a list");
            }
            return Collections.unmodifiableList(new ArrayList<>(JSON.<List<T>>convertValue(plain, listType)));
        } catch (IllegalArgumentException wrongShape) {
            throw new IllegalArgumentException(name + " must be a list of " + type.getSimpleName().toLowerCase()
                + " entries", wrongShape);
        }
    }

    /** Lists and maps as Jackson reads them, whatever form the engine handed over. */
    private static Object plain(Object value) {
        try {
            if (value instanceof SpinJsonNode json) {
                return JSON.readValue(json.toString(), Object.class);
            }
            if (value instanceof String text) {
                return JSON.readValue(text, Object.class);
            }
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("not JSON", notJson);
        }
        return value;
    }

    @Override
    public String toString() {
        return name;
    }
}
