package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.COPY_SENT_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.KEEP_PUBLISHED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.KEEP_UNTIL;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_TEXT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NATIONAL_PANEL_NOTICE_DAYS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PLANNED_PUBLICATION_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PUBLICATION_LINK;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PUBLICATION_NOTE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PUBLISHED_ON;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publication: a copy to the national panel at least a week before the report and the Board's
 * response are published; the report stays published at least 12 months; then the findings go
 * to the learning loop.
 */
@Configuration(proxyBeanMethods = false)
class PublicationGuards {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    @Bean
    TaskListener scrNationalPanelCopyGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(COPY_SENT_ON, workingDays.today(), "the copy cannot be dated in the future");
            Inputs.date(task, COPY_SENT_ON).ifPresentOrElse(
                sent -> check.dateAfter(PLANNED_PUBLICATION_ON, lastDayTooSoon(sent), weekRule(sent)),
                () -> check.required(PLANNED_PUBLICATION_ON));
            check.orReject();
        };
    }

    @Bean
    TaskListener scrPublicationGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(PUBLISHED_ON, workingDays.today(),
                    "record the publication once it has happened: the publication date cannot be in the future");
            Inputs.date(task, COPY_SENT_ON).ifPresent(sent ->
                check.dateAfter(PUBLISHED_ON, lastDayTooSoon(sent), weekRule(sent)));
            check.requiredText(PUBLICATION_LINK, MAX_REFERENCE);
            Inputs.text(task, PUBLICATION_LINK).ifPresent(link -> check.check(WEB_ADDRESS.matcher(link).matches(),
                InputCheck.labelOf(PUBLICATION_LINK) + " must be a web address starting with https://"));
            check.orReject();
        };
    }

    /** After the publication period: remove and archive, or keep it published until a later date. */
    @Bean
    TaskListener scrPublicationPeriodGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task).required(KEEP_PUBLISHED).optionalText(PUBLICATION_NOTE, MAX_TEXT);
            if (Inputs.isTrue(task, KEEP_PUBLISHED)) {
                check.dateAfter(KEEP_UNTIL, workingDays.today(), "a report kept published needs a date after today");
            }
            check.orReject();
        };
    }

    @Bean
    TaskListener scrFindingsGuard() {
        return task -> InputCheck.of(task).requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS).orReject();
    }

    private static LocalDate lastDayTooSoon(LocalDate copySent) {
        return copySent.plusDays(NATIONAL_PANEL_NOTICE_DAYS - 1L);
    }

    private static String weekRule(LocalDate copySent) {
        return "publication must be at least " + NATIONAL_PANEL_NOTICE_DAYS
            + " days after the copy went to the national panel on " + copySent;
    }
}
