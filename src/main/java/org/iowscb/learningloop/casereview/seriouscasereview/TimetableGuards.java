package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.DELAY_REASONS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.EXPECTED_COMPLETION_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_TEXT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.ON_TRACK;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PROGRESS_NOTE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.REVISED_COMPLETION_ON;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 6-month target: the reminder at 5 months and the escalation to the Board at 6. */
@Configuration(proxyBeanMethods = false)
class TimetableGuards {

    @Bean
    TaskListener scrOnTrackGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .required(ON_TRACK)
            .requiredText(PROGRESS_NOTE, MAX_TEXT)
            .dateAfter(EXPECTED_COMPLETION_ON, workingDays.today().minusDays(1),
                "the expected completion date cannot be in the past")
            .orReject();
    }

    @Bean
    TaskListener scrRevisedTimetableGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .requiredText(DELAY_REASONS, MAX_TEXT)
            .dateAfter(REVISED_COMPLETION_ON, workingDays.today(), "the revised completion date must be after today")
            .orReject();
    }
}
