package org.iowscb.learningloop.learning.improvementaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.process.JsonValue;

/**
 * Every slip of an action's due date, on the case for its forms: a JSON list of
 * {@code {from, to, reason, agreedOn}} in the order agreed. The learning register keeps the same
 * history ({@code ll_action_due_change}).
 */
final class DueDateChanges {

    private DueDateChanges() {
    }

    static void add(VariableScope processInstance, String from, String to, String reason, String agreedOn) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put("from", from);
        change.put("to", to);
        change.put("reason", reason);
        change.put("agreedOn", agreedOn);
        List<Map<String, String>> all = new ArrayList<>(from(processInstance.getVariable(ImprovementAction.DUE_DATE_CHANGES)));
        all.add(change);
        processInstance.setVariable(ImprovementAction.DUE_DATE_CHANGES, JsonValue.of(all));
    }

    static List<Map<String, String>> from(Object value) {
        List<Map<String, String>> changes = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map) {
                    Map<String, String> change = new LinkedHashMap<>();
                    map.forEach((key, field) -> change.put(String.valueOf(key), field == null ? null : String.valueOf(field)));
                    changes.add(change);
                }
            }
        }
        return changes;
    }
}
