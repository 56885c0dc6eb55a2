package org.iowscb.learningloop.audit.selfassessment;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.springframework.stereotype.Component;

/**
 * The steps the section 11 and the section 175/157 audits share, as listeners and delegates for
 * one audit. Each audit's configuration exposes them as beans under its own names
 * ({@code s11StartGuard}, {@code s175StartGuard}...), which its model wires by delegateExpression.
 */
@Component
public class SelfAssessmentSteps {

    private final SelfAssessments store;
    private final WorkingDays workingDays;
    private final HistoryService history;

    private final CaseStarter starter;

    SelfAssessmentSteps(SelfAssessments store, WorkingDays workingDays, HistoryService history, CaseStarter starter) {
        this.starter = starter;
        this.store = store;
        this.workingDays = workingDays;
        this.history = history;
    }

    /**
     * Start of a cycle. From the start form: known organisations, at least one, and a deadline
     * after today and within a year. By the timer (neither given): the previous cycle's
     * organisations (or all), and a deadline some months on.
     */
    public ExecutionListener cycleStart(SelfAssessmentAudit audit) {
        return new CycleStart(audit, workingDays, history)::start;
    }

    /** Start of one organisation's sub-process: its variables, filled from its previous cycle. */
    public ExecutionListener carryForward(SelfAssessmentAudit audit) {
        return new CarriedForward(audit, store)::open;
    }

    /** Completion of the self-assessment: checked, then saved. */
    public TaskListener selfAssessmentGuard(SelfAssessmentAudit audit) {
        return new AssessmentAnswers(audit, store)::submit;
    }

    public TaskListener scrutinyGuard() {
        return new Scrutiny(workingDays)::decide;
    }

    public TaskListener escalationGuard() {
        return new Scrutiny(workingDays)::escalate;
    }

    public JavaDelegate gapsToActions(SelfAssessmentAudit audit) {
        return new ActionPlan(audit, store, starter, workingDays)::gapsToActions;
    }

    public TaskListener findingsGuard(SelfAssessmentAudit audit) {
        return new ActionPlan(audit, store, starter, workingDays)::checkFindings;
    }
}
