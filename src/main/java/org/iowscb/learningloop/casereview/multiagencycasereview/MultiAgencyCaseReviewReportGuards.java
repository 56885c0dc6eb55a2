package org.iowscb.learningloop.casereview.multiagencycasereview;

import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.ACTIONS_AGREED;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.DELAY_REASONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.LAST_RETURN_REASONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.MAX_TEXT;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.PROGRESS_NOTE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REPORT_ACCEPTED;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.RETURN_REASONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REVIEW_REPORT;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report, the Sub Group's decision on it, the findings, and the timetable's reminder and
 * escalation of a multi-agency case review: checked before they are accepted.
 */
@Configuration(proxyBeanMethods = false)
class MultiAgencyCaseReviewReportGuards {

    /**
     * The report and its recommendations. Once revised, the reasons it was returned become the
     * last return reasons, which the Sub Group sees beside the revision.
     */
    @Bean
    TaskListener macrReportGuard() {
        return task -> {
            InputCheck.of(task)
                .requiredText(REVIEW_REPORT, MAX_TEXT)
                .requiredText(RECOMMENDATIONS, MAX_TEXT)
                .orReject();
            RETURN_REASONS.from(task).ifPresent(reasons -> {
                LAST_RETURN_REASONS.set(task, reasons);
                task.removeVariable(RETURN_REASONS.name());
            });
        };
    }

    /** The Sub Group accepts the report, or returns it with reasons its author can act on. */
    @Bean
    TaskListener macrReportAcceptanceGuard() {
        return task -> {
            InputCheck.of(task).acceptedOrReturnedWith(REPORT_ACCEPTED, RETURN_REASONS, MAX_TEXT).orReject();
        };
    }

    /** The findings the learning loop receives: required, no longer than it accepts. */
    @Bean
    TaskListener macrFindingsGuard() {
        return task -> InputCheck.of(task)
            .requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS)
            .orReject();
    }

    /** The business unit's check two weeks before the target date. */
    @Bean
    TaskListener macrTimetableCheckGuard() {
        return task -> InputCheck.of(task).requiredText(PROGRESS_NOTE, MAX_TEXT).orReject();
    }

    /** The Sub Group's response to an overdue review: why, and what it agreed. */
    @Bean
    TaskListener macrOverdueReviewGuard() {
        return task -> InputCheck.of(task)
            .requiredText(DELAY_REASONS, MAX_TEXT)
            .requiredText(ACTIONS_AGREED, MAX_TEXT)
            .orReject();
    }
}
