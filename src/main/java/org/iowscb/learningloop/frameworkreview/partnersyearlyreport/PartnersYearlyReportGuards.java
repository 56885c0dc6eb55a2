package org.iowscb.learningloop.frameworkreview.partnersyearlyreport;

import static org.iowscb.learningloop.frameworkreview.partnersyearlyreport.PartnersYearlyReport.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the partners record of their yearly report is checked before it is accepted (a 400 over
 * REST, a message on the form in Tasklist, nothing saved), naming each field by its form label.
 */
@Configuration(proxyBeanMethods = false)
class PartnersYearlyReportGuards {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    /** The independent scrutiny: when, by whom (a role, never a child's name), what it found. */
    @Bean
    TaskListener yearlyReportScrutinyGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .dateNotAfter(SCRUTINY_COMPLETED_ON, workingDays.today(), "the scrutiny cannot be completed in the future")
            .requiredText(SCRUTINY_BY, 200)
            .requiredText(SCRUTINY_FINDINGS, MAX_TEXT)
            .orReject();
    }

    /** The publication: a date not in the future, and where the report can be read. */
    @Bean
    TaskListener yearlyReportPublicationGuard(WorkingDays workingDays, PartnersYearlyReportClock clock) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(PUBLISHED_ON, workingDays.today(),
                    "record the publication once it has happened: the publication date cannot be in the future")
                .requiredText(PUBLICATION_LINK, MAX_LINK);
            PUBLICATION_LINK.from(task).filter(link -> !link.isBlank()).ifPresent(link -> check.check(
                WEB_ADDRESS.matcher(link).matches(), InputCheck.labelOf(PUBLICATION_LINK) + " must be a web address starting with https://"));
            check.orReject();
            SEND_BY.set(task.getExecution(), clock.sendByDay(PUBLISHED_ON.requiredFrom(task)).toString());
        };
    }

    /** Sent to the Panel and the What Works Centre: not in the future, not before the publication. */
    @Bean
    TaskListener yearlyReportSentGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(SENT_TO_PANEL_ON, workingDays.today(), "the report cannot be sent in the future")
                .dateNotAfter(SENT_TO_WHAT_WORKS_CENTRE_ON, workingDays.today(), "the report cannot be sent in the future");
            notBeforePublication(check, task, SENT_TO_PANEL_ON);
            notBeforePublication(check, task, SENT_TO_WHAT_WORKS_CENTRE_ON);
            check.orReject();
        };
    }

    private static void notBeforePublication(InputCheck check, VariableScope scope,
                                             org.iowscb.learningloop.platform.process.ProcessVariable<String> sent) {
        LocalDate published = parse(PUBLISHED_ON.from(scope).orElse(null));
        LocalDate on = parse(sent.from(scope).orElse(null));
        check.check(published == null || on == null || !on.isBefore(published),
            InputCheck.labelOf(sent) + " cannot be before the publication on " + published);
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
