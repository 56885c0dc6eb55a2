package org.iowscb.learningloop.casereview.lcspr;

import java.util.Set;

import org.iowscb.learningloop.platform.deadline.DueDateClock;
import org.springframework.stereotype.Component;

/**
 * A local child safeguarding practice review is completed within 6 months of the partners'
 * decision to hold it (Working Together 2023, chapter 5; the paragraph could not be confirmed from
 * the text available, so the months are a setting: learningloop.wt2023.lcspr-months). A revised
 * timetable the partners agree when it is late moves the due date, and counts as slippage.
 */
@Component
class LcsprClock extends DueDateClock {

    LcsprClock() {
        super(Set.of(LocalChildSafeguardingPracticeReview.KEY), "Local review completed within 6 months of the decision",
            "Working Together 2023 chapter 5: complete the local child safeguarding practice review within 6 months"
                + " of the decision to hold it (paragraph not confirmed; configurable)",
            LocalChildSafeguardingPracticeReview.REVIEW_DUE_ON, LocalChildSafeguardingPracticeReview.FIRST_REVIEW_DUE_ON);
    }
}
