package org.iowscb.learningloop.audit.selfassessment;

import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DEADLINE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.TIMER_CYCLE_MONTHS;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.InputCheck;

/**
 * How a cycle gets its organisations and its deadline. A person (or another case) names them on
 * the start form; the timer names neither, and the cycle takes the organisations of the previous
 * cycle (all of them when there was none) and a deadline {@value SelfAssessment#TIMER_CYCLE_MONTHS}
 * months on. The engine lets one start event do both: a process may not have a none start event
 * beside its timer start event, so the timer start event carries the start form.
 */
final class CycleStart {

    private final SelfAssessmentAudit audit;
    private final WorkingDays workingDays;
    private final HistoryService history;

    CycleStart(SelfAssessmentAudit audit, WorkingDays workingDays, HistoryService history) {
        this.audit = audit;
        this.workingDays = workingDays;
        this.history = history;
    }

    void start(DelegateExecution execution) {
        if (execution.hasVariable(audit.organisations()) || execution.hasVariable(DEADLINE.name())) {
            checkStartForm(execution);
        } else {
            startByTimer(execution);
        }
    }

    /** A person's start: known organisations (at least one) and a deadline within a year. */
    private void checkStartForm(DelegateExecution execution) {
        LocalDate today = workingDays.today();
        InputCheck.of(execution)
            .requiredList(audit.organisationsVariable(), audit.known(), audit.organisation())
            .dateAfter(DEADLINE, today, "the deadline must be after today")
            .dateNotAfter(DEADLINE, today.plusYears(1), "the deadline must be within a year")
            .orReject();
        audit.organisationsVariable().set(execution, audit.organisationsVariable().from(execution));
    }

    /**
     * The timer's start: the organisations of the previous cycle (every one of them now, when
     * there was none), due {@value SelfAssessment#TIMER_CYCLE_MONTHS} months on.
     */
    private void startByTimer(DelegateExecution execution) {
        List<String> organisations = previousCycleOf(execution.getProcessInstanceId())
            .filter(list -> !list.isEmpty())
            .orElseGet(audit.all());
        audit.organisationsVariable().set(execution, organisations);
        LocalDate deadline = workingDays.addWorkingDays(workingDays.today().plusMonths(TIMER_CYCLE_MONTHS), 0);
        DEADLINE.set(execution, deadline.toString());
    }

    private Optional<List<String>> previousCycleOf(String thisCycle) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(audit.key())
            .orderByProcessInstanceStartTime().desc().listPage(0, 2).stream()
            .map(HistoricProcessInstance::getId)
            .filter(id -> !id.equals(thisCycle))
            .findFirst()
            .map(previous -> history.createHistoricVariableInstanceQuery().processInstanceId(previous)
                .variableName(audit.organisations()).list().stream()
                .map(HistoricVariableInstance::getValue)
                .filter(Collection.class::isInstance)
                .map(value -> ((Collection<?>) value).stream().map(String::valueOf).toList())
                .findFirst().orElse(List.of()));
    }
}
