package org.iowscb.learningloop.casereview.childdeathreview2018;

import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.AGENCY;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.RAPID_REVIEW_REFERRAL_REASON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.RAPID_REVIEW_REFERRED_ON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.REFERRED_FOR_RAPID_REVIEW;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.Elements;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * A death where abuse or neglect is suspected is referred to the safeguarding partners for a rapid
 * review decision ({@code ${recordRapidReviewReferral}}): the review records that it was referred,
 * when, and where the suspicion arose. Once per review: a second suspicion, or a retried job,
 * records nothing again. The rapid review is a case of its own, started by the partners.
 */
@Component("recordRapidReviewReferral")
class RapidReviewReferral implements JavaDelegate {

    private final WorkingDays workingDays;

    RapidReviewReferral(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (REFERRED_FOR_RAPID_REVIEW.from(execution).orElse(false)) {
            return;
        }
        var review = execution.getProcessInstance();
        REFERRED_FOR_RAPID_REVIEW.set(review, true);
        RAPID_REVIEW_REFERRED_ON.set(review, workingDays.today().toString());
        RAPID_REVIEW_REFERRAL_REASON.set(review, "abuse or neglect suspected " + where(execution));
    }

    private static String where(DelegateExecution execution) {
        return switch (execution.getCurrentActivityId()) {
            case Elements.REFER_AT_DECISION -> "at the immediate decision";
            case Elements.REFER_FROM_AGENCY_INFORMATION -> "in the information of " + AGENCY.requiredFrom(execution);
            default -> "at the CDOP review";
        };
    }
}
