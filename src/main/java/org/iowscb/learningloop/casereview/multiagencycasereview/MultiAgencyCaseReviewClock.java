package org.iowscb.learningloop.casereview.multiagencycasereview;

import java.util.Set;

import org.iowscb.learningloop.platform.deadline.DueDateClock;
import org.springframework.stereotype.Component;

/** A multi-agency case review runs to its target date, three calendar months after the start (local target). */
@Component
class MultiAgencyCaseReviewClock extends DueDateClock {

    MultiAgencyCaseReviewClock() {
        super(Set.of(MultiAgencyCaseReview.KEY), "Review finished by its target date",
            "the framework's local target: three calendar months from the start", MultiAgencyCaseReview.TARGET_DATE,
            null);
    }
}
