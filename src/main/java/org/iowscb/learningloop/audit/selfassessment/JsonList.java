package org.iowscb.learningloop.audit.selfassessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.iowscb.learningloop.platform.process.JsonValue;

/** A list of small records ({@code [{standard, gap}]}) as a JSON variable a form's text can loop over. */
final class JsonList {

    private JsonList() {
    }

    static ObjectValue of(List<Map<String, String>> entries) {
        return JsonValue.of(entries);
    }

    /** An ordered map that keeps null values (Map.of does not). */
    static Map<String, String> entry(String... keysAndValues) {
        Map<String, String> entry = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entry.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return entry;
    }
}
