package org.iowscb.learningloop.casereview.lcspr;

import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.edition.Wt2023Clocks;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local review's rules on what people enter: the decision and the agencies at the start, the
 * reviewer's independence, the terms of reference, practitioners and family, the report and its
 * acceptance, publication or the reasons not to publish, the copy to the Panel and the Secretary
 * of State at least 7 working days before publication, the partners' response and the findings.
 */
@Configuration(proxyBeanMethods = false)
class LcsprGuards {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    @Bean
    CaseStartCheck lcsprStartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW, (check, start) -> {
            check.requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency");
            if (start.getVariable(DECIDED_ON.name()) != null) {
                check.dateNotAfter(DECIDED_ON, workingDays.today(), "the decision to hold the review cannot be dated in the future");
                date(start, INCIDENT_KNOWN_ON).ifPresent(known -> check.dateAfter(DECIDED_ON, known.minusDays(1),
                    "the decision to hold the review cannot come before the incident became known on " + known));
            }
        });
    }

    /** On the start event: the start check; the decision is today when not given; the 6-month clock. */
    @Bean
    ExecutionListener lcsprStart(Directory directory, WorkingDays workingDays, Wt2023Clocks clocks) {
        CaseStartCheck startCheck = lcsprStartCheck(directory, workingDays);
        return execution -> {
            startCheck.orReject(execution);
            LocalDate decided = date(execution, DECIDED_ON).orElseGet(workingDays::today);
            DECIDED_ON.set(execution, decided.toString());
            INVOLVED_AGENCIES.set(execution, INVOLVED_AGENCIES.from(execution));
            String due = workingDays.dateOf(workingDays.calendarMonthsAfter(decided, clocks.lcsprMonths())).toString();
            REVIEW_DUE_ON.set(execution, due);
            FIRST_REVIEW_DUE_ON.set(execution, due);
        };
    }

    /** The reviewer is one of the independent reviewers, and how they are independent is recorded. */
    @Bean
    TaskListener lcsprReviewerGuard(IdentityService identity) {
        return task -> {
            InputCheck check = InputCheck.of(task).requiredText(INDEPENDENT_REVIEWER, MAX_REFERENCE);
            text(task, INDEPENDENT_REVIEWER).ifPresent(reviewer -> check.check(identity.createUserQuery()
                    .userId(reviewer).memberOfGroup(Groups.INDEPENDENT_REVIEWERS).count() == 1,
                InputCheck.labelOf(INDEPENDENT_REVIEWER) + ": '" + reviewer + "' is not one of the independent reviewers"));
            check.check(Boolean.TRUE.equals(task.getVariable(REVIEWER_INDEPENDENCE_CONFIRMED.name())),
                InputCheck.labelOf(REVIEWER_INDEPENDENCE_CONFIRMED) + ": confirm it, or appoint another reviewer")
                .requiredText(INDEPENDENCE_STATEMENT, MAX_TEXT)
                .orReject();
        };
    }

    @Bean
    TaskListener lcsprTermsOfReferenceGuard() {
        return task -> InputCheck.of(task).requiredText(TERMS_OF_REFERENCE, MAX_TEXT).orReject();
    }

    @Bean
    TaskListener lcsprPractitionersGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .required(PRACTITIONERS_INVOLVED_ON)
            .dateNotAfter(PRACTITIONERS_INVOLVED_ON, workingDays.today(), "the invitation cannot be dated in the future")
            .requiredText(PRACTITIONERS_INVOLVEMENT, MAX_TEXT)
            .check(Boolean.TRUE.equals(task.getVariable(NO_BLAME_EXPLAINED.name())),
                InputCheck.labelOf(NO_BLAME_EXPLAINED) + ": practitioners take part without fear of blame; confirm they were told")
            .orReject();
    }

    @Bean
    TaskListener lcsprFamilyGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .required(FAMILY_INVITED_ON)
            .dateNotAfter(FAMILY_INVITED_ON, workingDays.today(), "the invitation cannot be dated in the future")
            .requiredText(FAMILY_INVOLVEMENT, MAX_TEXT)
            .check(Boolean.TRUE.equals(task.getVariable(FAMILY_TOLD_HOW.name())),
                InputCheck.labelOf(FAMILY_TOLD_HOW) + ": the family must be told how they will be involved")
            .orReject();
    }

    @Bean
    TaskListener lcsprDraftGuard() {
        return task -> InputCheck.of(task)
            .requiredText(REPORT_REFERENCE, MAX_REFERENCE)
            .requiredText(REPORT_SUMMARY, MAX_TEXT)
            .requiredText(RECOMMENDATIONS, MAX_TEXT)
            .orReject();
    }

    /** The case review group accepts the final report, or returns it to the reviewer with reasons. */
    @Bean
    TaskListener lcsprAcceptanceGuard() {
        return task -> InputCheck.of(task).acceptedOrReturnedWith(REPORT_ACCEPTED, RETURN_REASONS, MAX_TEXT).orReject();
    }

    /** Publication is the rule; a decision not to publish records its reasons. */
    @Bean
    TaskListener lcsprPublicationDecisionGuard() {
        return task -> InputCheck.of(task).acceptedOrReturnedWith(PUBLISH, REASONS_NOT_TO_PUBLISH, MAX_TEXT).orReject();
    }

    /** The copy to the Panel and the Secretary of State: dated, and at least 7 working days before publication. */
    @Bean
    TaskListener lcsprReportSentGuard(WorkingDays workingDays, Wt2023Clocks clocks) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .required(REPORT_SENT_ON)
                .dateNotAfter(REPORT_SENT_ON, workingDays.today(), "the report cannot have been sent in the future");
            if (Boolean.TRUE.equals(task.getVariable(PUBLISH.name()))) {
                check.required(PLANNED_PUBLICATION_ON);
                date(task, REPORT_SENT_ON).ifPresent(sent -> check.dateAfter(PLANNED_PUBLICATION_ON,
                    earliestPublication(workingDays, clocks, sent).minusDays(1), noticeRule(clocks, sent)));
            }
            check.orReject();
        };
    }

    @Bean
    TaskListener lcsprPublicationGuard(WorkingDays workingDays, Wt2023Clocks clocks) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .required(PUBLISHED_ON)
                .dateNotAfter(PUBLISHED_ON, workingDays.today(),
                    "record the publication once it has happened: the publication date cannot be in the future");
            date(task, REPORT_SENT_ON).ifPresent(sent -> check.dateAfter(PUBLISHED_ON,
                earliestPublication(workingDays, clocks, sent).minusDays(1), noticeRule(clocks, sent)));
            check.requiredText(PUBLICATION_LINK, MAX_REFERENCE);
            text(task, PUBLICATION_LINK).ifPresent(link -> check.check(WEB_ADDRESS.matcher(link).matches(),
                InputCheck.labelOf(PUBLICATION_LINK) + " must be a web address starting with https://"));
            check.orReject();
        };
    }

    /** The review is late: the reasons, and a new completion date after today, which becomes its due date. */
    @Bean
    TaskListener lcsprRevisedTimetableGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck.of(task)
                .requiredText(DELAY_REASONS, MAX_TEXT)
                .required(REVISED_COMPLETION_ON)
                .dateAfter(REVISED_COMPLETION_ON, workingDays.today(), "the revised completion date must be after today")
                .orReject();
            REVIEW_DUE_ON.set(task.getExecution(), REVISED_COMPLETION_ON.requiredFrom(task));
        };
    }

    @Bean
    TaskListener lcsprPartnersResponseGuard() {
        return task -> InputCheck.of(task).requiredText(PARTNERS_RESPONSE, MAX_TEXT).orReject();
    }

    @Bean
    TaskListener lcsprFindingsGuard() {
        return task -> InputCheck.of(task).requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS).orReject();
    }

    /** The first day the report may be published: 7 working days (configurable) after it was sent. */
    static LocalDate earliestPublication(WorkingDays workingDays, Wt2023Clocks clocks, LocalDate sent) {
        return workingDays.addWorkingDays(sent, clocks.lcsprReportNoticeWorkingDays());
    }

    private static String noticeRule(Wt2023Clocks clocks, LocalDate sent) {
        return "publication must be at least " + clocks.lcsprReportNoticeWorkingDays()
            + " working days after the report went to the Panel and the Secretary of State on " + sent;
    }

    private static Optional<String> text(VariableScope scope, ProcessVariable<String> variable) {
        Object value = scope.getVariable(variable.name());
        return value instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
    }

    private static Optional<LocalDate> date(VariableScope scope, ProcessVariable<String> variable) {
        try {
            return text(scope, variable).map(LocalDate::parse);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
