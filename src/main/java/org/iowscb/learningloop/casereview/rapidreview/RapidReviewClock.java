package org.iowscb.learningloop.casereview.rapidreview;

import java.util.Set;

import org.iowscb.learningloop.platform.deadline.DueDateClock;
import org.springframework.stereotype.Component;

/**
 * The safeguarding partners complete the rapid review within 15 working days of the local authority
 * becoming aware of the incident (Working Together 2023, chapter 5; learningloop.wt2023.rapid-review-working-days).
 */
@Component
class RapidReviewClock extends DueDateClock {

    RapidReviewClock() {
        super(Set.of(RapidReview.KEY), "Rapid review completed within 15 working days",
            "Working Together 2023 chapter 5: complete the rapid review within 15 working days of becoming aware"
                + " of the incident (paragraph not confirmed; configurable)",
            RapidReview.RAPID_REVIEW_DUE_ON, null);
    }
}
