package org.iowscb.learningloop.learning.improvementaction;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DueDateChange;

/**
 * Every slip of an action's due date, on the case for its forms: a JSON list of
 * {@code {from, to, reason, agreedOn}} in the order agreed. The learning register keeps the same
 * history ({@code ll_action_due_change}).
 */
final class DueDateChanges {

    private DueDateChanges() {
    }

    static void add(VariableScope processInstance, String from, String to, String reason, String agreedOn) {
        List<DueDateChange> all = new ArrayList<>(ImprovementAction.DUE_DATE_CHANGES.from(processInstance));
        all.add(new DueDateChange(from, to, reason, agreedOn));
        ImprovementAction.DUE_DATE_CHANGES.set(processInstance, all);
    }
}
