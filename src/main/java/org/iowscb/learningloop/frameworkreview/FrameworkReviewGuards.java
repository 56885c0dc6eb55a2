package org.iowscb.learningloop.frameworkreview;

import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.BOARD_COMMENTS;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.MAX_TEXT;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.NEXT_REVIEW_DATE;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.RATIFIED;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REASON;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REVISION_NEEDED;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.WHAT_CHANGED;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a person enters in the framework review is checked before it is accepted: a clear 400
 * with the reason over REST, a message on the form in Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class FrameworkReviewGuards {

    /** An earlier review must say why (message start event). */
    @Bean
    ExecutionListener earlierReviewRequestGuard() {
        return execution -> InputCheck.of(execution)
            .requiredText(REASON, MAX_TEXT)
            .orReject();
    }

    /** The Sub Group's review: what changed, the decision, and a next review date in the future. */
    @Bean
    TaskListener frameworkReviewGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .requiredText(WHAT_CHANGED, MAX_TEXT)
            .required(REVISION_NEEDED)
            .dateAfter(NEXT_REVIEW_DATE, workingDays.today(), "the next review date must be after today")
            .dateNotAfter(NEXT_REVIEW_DATE, workingDays.today().plusYears(2),
                "the next review date must be within two years (the framework is reviewed yearly)")
            .orReject();
    }

    /** The Board's decision; returning a revision needs comments the Sub Group can act on. */
    @Bean
    TaskListener frameworkRatificationGuard() {
        return task -> {
            InputCheck.of(task).acceptedOrReturnedWith(RATIFIED, BOARD_COMMENTS, MAX_TEXT).orReject();
        };
    }
}
