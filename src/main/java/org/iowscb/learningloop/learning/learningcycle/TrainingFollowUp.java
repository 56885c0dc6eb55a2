package org.iowscb.learningloop.learning.learningcycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${trainingFollowUp.dueDate(execution)}}: training is followed up for its impact six
 * weeks after it was given (DOMAIN.md: "some 6 to 8 weeks after the training"), at 09:00 London.
 */
@Component("trainingFollowUp")
public class TrainingFollowUp {

    static final int WEEKS = 6;

    public Date dueDate(DelegateExecution execution) {
        LocalDate delivered = LocalDate.parse((String) execution.getVariable(LearningCycle.DISSEMINATED_ON.name()));
        return Date.from(delivered.plusWeeks(WEEKS).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }
}
