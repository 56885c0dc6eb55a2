package org.iowscb.learningloop.learning.learningcycle;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.iowscb.learningloop.platform.process.JsonValue;

/** Lists of records (lessons, actions, disseminations) as JSON process variables. */
final class CycleData {

    private CycleData() {
    }

    static ObjectValue json(List<? extends Map<String, ?>> records) {
        return JsonValue.of(records);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString().trim();
    }
}
