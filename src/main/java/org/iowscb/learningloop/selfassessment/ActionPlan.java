package org.iowscb.learningloop.selfassessment;

import static org.iowscb.learningloop.selfassessment.SelfAssessment.ACTIONS;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.process.InputCheck;

/**
 * The cycle's action plan: every gap of every accepted self-assessment becomes an action for
 * its organisation ({@code actions}, until improvement actions exist as cases of their own), and
 * the PQA Sub Group's findings go to the learning loop.
 */
final class ActionPlan {

    private final SelfAssessmentAudit audit;
    private final SelfAssessments store;

    ActionPlan(SelfAssessmentAudit audit, SelfAssessments store) {
        this.audit = audit;
        this.store = store;
    }

    /** Runs once every organisation's self-assessment is accepted, so no organisation's task reads another's gaps. */
    void gapsToActions(DelegateExecution execution) {
        List<Map<String, String>> actions = store.ofCycle(audit.key(), execution.getProcessBusinessKey()).stream()
            .flatMap(assessment -> assessment.answers().stream().filter(a -> a.rating().hasGap())
                .map(a -> JsonList.entry(audit.organisation(), assessment.organisation(), "standard", a.standard(),
                    "standardTitle", titleOf(a.standard()), "rating", a.rating().label(), "gap", a.gap())))
            .toList();
        execution.setVariable(ACTIONS, JsonList.of(actions));
    }

    void checkFindings(DelegateTask task) {
        InputCheck.of(task).requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS).orReject();
    }

    private String titleOf(String key) {
        return audit.standards().stream().filter(s -> s.key().equals(key)).map(Standard::title).findFirst().orElse(key);
    }
}
