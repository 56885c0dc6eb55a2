package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.DISSEMINATED_ON;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.DISSEMINATION_NOTES;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.MAX_TEXT;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.TRAINING_IMPACT;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.PlannedDissemination;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each dissemination is done by its owner; training is followed up some six weeks later for its
 * impact on practice, beyond the feedback form (DOMAIN.md: "6 to 8 weeks after the training").
 */
@Configuration(proxyBeanMethods = false)
class Dissemination {

    @Bean
    TaskListener disseminationDone(LearningRegister register, WorkingDays workingDays) {
        return task -> {
            InputCheck.of(task)
                .dateNotAfter(DISSEMINATED_ON, workingDays.today(), "the date it was done cannot be in the future")
                .optionalText(DISSEMINATION_NOTES, MAX_TEXT)
                .orReject();
            PlannedDissemination dissemination = element(task.getExecution());
            LocalDate done = LocalDate.parse(DISSEMINATED_ON.requiredFrom(task));
            register.disseminationDone(dissemination.lessonReference(), dissemination.method(), done);
            // local to this dissemination: several run at once
            task.getExecution().setVariableLocal(DISSEMINATED_ON.name(), done.toString());
        };
    }

    @Bean
    TaskListener trainingFollowedUp(LearningRegister register) {
        return task -> {
            InputCheck check = InputCheck.of(task).requiredText(TRAINING_IMPACT, MAX_TEXT);
            String impact = TRAINING_IMPACT.from(task).orElse("");
            check.check(impact.isBlank() || impact.trim().length() >= 20,
                "say what changed in practice since the training, not only how the day was rated").orReject();
            task.getExecution().setVariableLocal(TRAINING_IMPACT.name(), impact.trim());
            PlannedDissemination dissemination = element(task.getExecution());
            register.trainingFollowedUp(dissemination.lessonReference(), dissemination.method(), impact.trim());
        };
    }

    /** The dissemination this sub-process instance is for: one of the plan's {@link LearningCycle#DISSEMINATIONS}. */
    static PlannedDissemination element(DelegateExecution execution) {
        return LearningCycle.DISSEMINATIONS.elementFrom(execution, LearningCycle.DISSEMINATION)
            .orElseThrow(() -> new IllegalStateException("no dissemination in this sub-process"));
    }
}
