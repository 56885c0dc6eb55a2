package org.iowscb.learningloop.platform.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The one way a list or a record (a Java record too) becomes a process variable: JSON written by Spin, which Camunda
 * Forms loop over, the REST API returns as JSON and the engine reads back as plain lists and
 * maps. Lists and maps are copied into {@link ArrayList} and {@link LinkedHashMap} first, so the
 * stored type is one every node can read back, whatever immutable list the caller built.
 */
public final class JsonValue {

    private static final ObjectMapper RECORDS = new ObjectMapper();

    private JsonValue() {
    }

    public static ObjectValue of(Object value) {
        return Variables.objectValue(plain(value)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    /**
     * A list or record a form edits (a dynamic list filled in before the form opens): a Json
     * value, which Tasklist sends back as Json when the form is submitted, where an object value
     * would come back as a Java object the input gate refuses.
     */
    public static TypedValue forForm(Object value) {
        try {
            return SpinValues.jsonValue(RECORDS.writeValueAsString(plain(value))).create();
        } catch (JsonProcessingException notWritten) {
            throw new IllegalStateException("a list for a form could not be written as JSON", notWritten);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof Record record) {
            return plain(RECORDS.convertValue(record, Map.class));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, field) -> copy.put(key, plain(field)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            ArrayList<Object> copy = new ArrayList<>();
            collection.forEach(element -> copy.add(plain(element)));
            return copy;
        }
        return value;
    }
}
