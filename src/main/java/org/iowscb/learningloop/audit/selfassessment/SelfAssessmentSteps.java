package org.iowscb.learningloop.audit.selfassessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.ProcessKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps the section 11 and the section 175/157 audits share, as listeners and delegates. One
 * bean serves both models: it finds the audit ({@link SelfAssessmentAudit}, one bean per audit)
 * by the key of the running case's process. Each bean carries the names the models wire it by
 * ({@code s11CycleStart}, {@code s175CycleStart}...), so cases started on an earlier deployment
 * still find their steps. What a person enters is checked before it is accepted: a clear 400
 * with the reason over REST, a message on the form in Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class SelfAssessmentSteps {

    private final Map<String, SelfAssessmentAudit> audits;
    private final SelfAssessments store;
    private final WorkingDays workingDays;
    private final HistoryService history;
    private final CaseStarter starter;

    SelfAssessmentSteps(List<SelfAssessmentAudit> audits, SelfAssessments store, WorkingDays workingDays,
                        HistoryService history, CaseStarter starter) {
        this.audits = audits.stream().collect(Collectors.toMap(SelfAssessmentAudit::key, Function.identity()));
        this.store = store;
        this.workingDays = workingDays;
        this.history = history;
        this.starter = starter;
    }

    /**
     * Start of a cycle. From the start form: known organisations, at least one, and a deadline
     * after today and within a year. By the timer (neither given): the previous cycle's
     * organisations (or all), and a deadline some months on.
     */
    @Bean({"s11CycleStart", "s175CycleStart"})
    ExecutionListener selfAssessmentCycleStart() {
        return execution -> new CycleStart(auditOf(execution), workingDays, history).start(execution);
    }

    /** Start of one organisation's sub-process: its variables, filled from its previous cycle. */
    @Bean({"s11CarryForward", "s175CarryForward"})
    ExecutionListener selfAssessmentCarryForward() {
        return execution -> new CarriedForward(auditOf(execution), store).open(execution);
    }

    /** Completion of the self-assessment: checked, then saved. */
    @Bean({"s11SelfAssessmentGuard", "s175SelfAssessmentGuard"})
    TaskListener selfAssessmentGuard() {
        return task -> new AssessmentAnswers(auditOf(task.getExecution()), store).submit(task);
    }

    @Bean({"s11ScrutinyGuard", "s175ScrutinyGuard"})
    TaskListener selfAssessmentScrutinyGuard() {
        return new Scrutiny(workingDays)::decide;
    }

    @Bean({"s11EscalationGuard", "s175EscalationGuard"})
    TaskListener selfAssessmentEscalationGuard() {
        return new Scrutiny(workingDays)::escalate;
    }

    @Bean({"s11GapsToActions", "s175GapsToActions"})
    JavaDelegate selfAssessmentGapsToActions() {
        return execution -> new ActionPlan(auditOf(execution), store, starter, workingDays).gapsToActions(execution);
    }

    @Bean({"s11FindingsGuard", "s175FindingsGuard"})
    TaskListener selfAssessmentFindingsGuard() {
        return task -> new ActionPlan(auditOf(task.getExecution()), store, starter, workingDays).checkFindings(task);
    }

    private SelfAssessmentAudit auditOf(DelegateExecution execution) {
        String key = ProcessKeys.of(execution);
        SelfAssessmentAudit audit = audits.get(key);
        if (audit == null) {
            throw new IllegalStateException("No self-assessment audit has the process " + key);
        }
        return audit;
    }
}
