package org.iowscb.learningloop.audit.selfassessment;

import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ACTIONS;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.learning.ActionRequest;

/**
 * The cycle's action plan: every gap of every accepted self-assessment becomes an action for
 * its organisation, an improvement-action case of its own (owner told, chased, escalated, its
 * evidence accepted by the PQA and Education Sub Groups), listed in {@code actions}; the PQA Sub
 * Group's findings go to the learning loop.
 */
final class ActionPlan {

    /** An action from a self-assessment gap is due three calendar months after the cycle's plan. */
    static final int ACTION_MONTHS = 3;
    /** Section 11 and 175 action plans report through the PQA and the Education Sub Groups (the framework). */
    static final String MONITORED_BY = Groups.PQA_SUBGROUP + "," + Groups.EDUCATION_SUBGROUP;
    static final int MAX_DESCRIPTION = 1000;

    private final SelfAssessmentAudit audit;
    private final SelfAssessments store;
    private final CaseStarter starter;
    private final WorkingDays workingDays;

    ActionPlan(SelfAssessmentAudit audit, SelfAssessments store, CaseStarter starter, WorkingDays workingDays) {
        this.audit = audit;
        this.store = store;
        this.starter = starter;
        this.workingDays = workingDays;
    }

    /** Runs once every organisation's self-assessment is accepted, so no organisation's task reads another's gaps. */
    void gapsToActions(DelegateExecution execution) {
        List<Map<String, String>> actions = store.ofCycle(audit.key(), execution.getProcessBusinessKey()).stream()
            .flatMap(assessment -> assessment.answers().stream().filter(a -> a.rating().hasGap())
                .map(a -> JsonList.entry(audit.organisation(), assessment.organisation(), "standard", a.standard(),
                    "standardTitle", titleOf(a.standard()), "rating", a.rating().label(), "gap", a.gap())))
            .toList();
        execution.setVariable(ACTIONS, JsonList.of(actions));
        String dueOn = workingDays.today().plusMonths(ACTION_MONTHS).toString();
        for (Map<String, String> action : actions) {
            String description = action.get("standardTitle") + ": " + action.get("gap");
            ActionRequest request = new ActionRequest(description.length() > MAX_DESCRIPTION
                ? description.substring(0, MAX_DESCRIPTION) : description, action.get(audit.organisation()), dueOn,
                MONITORED_BY, null);
            starter.start(CaseType.IMPROVEMENT_ACTION, execution.getProcessBusinessKey(), request.startVariables());
        }
    }

    void checkFindings(DelegateTask task) {
        InputCheck.of(task).requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS).orReject();
    }

    private String titleOf(String key) {
        return audit.standards().stream().filter(s -> s.key().equals(key)).map(Standard::title).findFirst().orElse(key);
    }
}
