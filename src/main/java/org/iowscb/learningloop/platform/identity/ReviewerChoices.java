package org.iowscb.learningloop.platform.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Puts the board's independent reviewers into {@code reviewerOptions} for the select of a form
 * that appoints one, so nobody types a reviewer's name or id. Use as an execution listener:
 * {@code camunda:executionListener delegateExpression="${reviewerChoices}" event="start"}.
 */
@Component("reviewerChoices")
public class ReviewerChoices implements ExecutionListener {

    private final AgencyChoices choices;

    ReviewerChoices(AgencyChoices choices) {
        this.choices = choices;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(AgencyChoices.REVIEWER_OPTIONS, choices.reviewerOptions());
    }
}
