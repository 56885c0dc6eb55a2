package org.iowscb.learningloop.casereview.seriouscasereview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The reviewers the SCR's appointment form offers ({@code ${scrReviewerChoices}}, the name the
 * deployed models use): the board's independent reviewers, as the platform lists them.
 */
@Component("scrReviewerChoices")
class ReviewerChoices implements ExecutionListener {

    private final org.iowscb.learningloop.platform.identity.ReviewerChoices reviewers;

    ReviewerChoices(org.iowscb.learningloop.platform.identity.ReviewerChoices reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        reviewers.notify(execution);
    }
}
