package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.RETURNS_DUE_ON;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.iowscb.learningloop.platform.deadline.WorkingDays;

/**
 * A deadline the PQA chair extends: the returns are due on the new date ({@code returnsDueOn},
 * which the next escalation waits for), and every agency's open audit task shows it as its due
 * date. The tasks are changed through the case's own executions, not the task service: the PQA
 * chair completing the escalation may not update an agency's task, and need not.
 */
final class ReturnsDeadline {

    private ReturnsDeadline() {
    }

    static void extend(DelegateTask escalation, String newDeadline, WorkingDays workingDays) {
        ExecutionEntity processInstance = (ExecutionEntity) escalation.getExecution().getProcessInstance();
        RETURNS_DUE_ON.set(processInstance, newDeadline);
        Date due = workingDays.after(newDeadline, 0);
        Deque<ExecutionEntity> executions = new ArrayDeque<>();
        executions.push(processInstance);
        while (!executions.isEmpty()) {
            ExecutionEntity execution = executions.pop();
            for (TaskEntity task : execution.getTasks()) {
                if (CaseAudit.Elements.AUDIT_CASE_SAMPLE.equals(task.getTaskDefinitionKey())) {
                    task.setDueDate(due);
                    task.triggerUpdateEvent();
                }
            }
            execution.getExecutions().forEach(executions::push);
        }
    }
}
