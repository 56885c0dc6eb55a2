package org.iowscb.learningloop.learning.learningcycle;

import org.camunda.bpm.engine.delegate.VariableScope;

/** A text field of a form, trimmed; null when the form left it out. */
final class CycleData {

    private CycleData() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString().trim();
    }
}
