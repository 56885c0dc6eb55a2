package org.iowscb.learningloop.learning.improvementaction;

import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.CHASE_NOTE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_CHANGE_REASON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MAX_REASON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MAX_TEXT;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.NEW_DATE_AGREED;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.NEW_DUE_ON;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.learning.LearningRegister.ActionState;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation of an overdue action: the register marks it overdue when the monitoring
 * sub-group and the business unit are asked to deal with it; they chase the owner (with a note of
 * what they did) or agree a new date with a reason, which the register and the case record.
 */
@Configuration(proxyBeanMethods = false)
class OverdueActionSteps {

    /** The due date has passed: the register shows the action overdue. */
    @Bean
    TaskListener overdueActionOpened(LearningRegister register) {
        return task -> register.actionState(ACTION_REFERENCE.requiredFrom(task), ActionState.OVERDUE);
    }

    /**
     * A new date in the future with its reason, or a note of how the owner was chased. A new date
     * moves {@code dueOn} (the model then restarts the clock from it) and is kept as a slip.
     */
    @Bean
    TaskListener overdueActionGuard(LearningRegister register, WorkingDays workingDays) {
        return task -> {
            LocalDate today = workingDays.today();
            boolean newDate = Boolean.TRUE.equals(task.getVariable(NEW_DATE_AGREED.name()));
            InputCheck check = InputCheck.of(task).required(NEW_DATE_AGREED);
            if (newDate) {
                check.dateAfter(NEW_DUE_ON, today, "the new due date must be in the future")
                    .requiredText(DUE_CHANGE_REASON, MAX_REASON);
            } else {
                check.requiredText(CHASE_NOTE, MAX_TEXT);
            }
            check.orReject();

            if (newDate) {
                DelegateExecution processInstance = task.getExecution().getProcessInstance();
                String oldDue = DUE_ON.requiredFrom(processInstance);
                String newDue = NEW_DUE_ON.requiredFrom(task);
                String reason = DUE_CHANGE_REASON.requiredFrom(task).trim();
                register.moveActionDue(ACTION_REFERENCE.requiredFrom(task), LocalDate.parse(newDue), reason, today);
                DUE_ON.set(processInstance, newDue);
                DueDateChanges.add(processInstance, oldDue, newDue, reason, today.toString());
            }
        };
    }
}
