package org.iowscb.learningloop.casereview.rapidreview;

import static org.iowscb.learningloop.casereview.rapidreview.RapidReview.*;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.edition.Wt2023Clocks;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rapid review's rules on what people enter: the incident's facts at the start, the agencies
 * asked, each agency's facts, the criteria, a decision not to review with its reasons, the date
 * sent to the Panel and the Panel's response.
 */
@Configuration(proxyBeanMethods = false)
class RapidReviewGuards {

    @Bean
    CaseStartCheck rapidReviewStartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.RAPID_REVIEW, (check, start) -> {
            Long age = readAge(start);
            check
                .dateNotAfter(INCIDENT_KNOWN_ON, workingDays.today(), "the date the incident became known cannot be in the future")
                .childAge(CHILD_AGE_YEARS, age)
                .required(ABUSE_OR_NEGLECT)
                .required(CHILD_DIED)
                .required(CHILD_SERIOUSLY_HARMED)
                .requiredOneOf(REFERRING_AGENCY, directory::isAgency, "agency");
        });
    }

    /**
     * On the start event: the start check, then the 15-working-day clock; the agencies involved
     * are offered to the business unit's checklist, so Tasklist sends the ticked ones back as a list.
     */
    @Bean
    ExecutionListener rapidReviewGuard(Directory directory, WorkingDays workingDays, Wt2023Clocks clocks) {
        CaseStartCheck startCheck = rapidReviewStartCheck(directory, workingDays);
        return execution -> {
            startCheck.orReject(execution);
            LocalDate known = LocalDate.parse(INCIDENT_KNOWN_ON.requiredFrom(execution));
            RAPID_REVIEW_DUE_ON.set(execution, workingDays.addWorkingDays(known, clocks.rapidReviewWorkingDays()).toString());
            INVOLVED_AGENCIES.offer(execution, INVOLVED_AGENCIES.from(execution));
        };
    }

    @Bean
    TaskListener rapidReviewAgenciesGuard(Directory directory) {
        return task -> {
            InputCheck.of(task).requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency").orReject();
            INVOLVED_AGENCIES.set(task.getExecution(), INVOLVED_AGENCIES.from(task));
        };
    }

    /** One agency's facts: kept out of the case's variables until the case review group needs them all. */
    @Bean
    TaskListener rapidReviewAgencyFacts(AgencyReturns returns, WorkingDays workingDays) {
        return task -> {
            InputCheck.of(task).requiredText(AGENCY_FACTS, MAX_TEXT).orReject();
            returns.record(task.getExecution().getProcessBusinessKey(), AGENCY.requiredFrom(task), Map.of(
                AgencyReturns.AGENCY, AGENCY.requiredFrom(task),
                "facts", AGENCY_FACTS.requiredFrom(task).trim(),
                "givenOn", workingDays.today().toString()));
        };
    }

    /** When the case review group's task opens: every agency's facts. */
    @Bean
    TaskListener rapidReviewShowFacts(AgencyReturns returns) {
        return task -> returns.showLatest(task, AGENCY_FACTS_RETURNED);
    }

    @Bean
    TaskListener rapidReviewCriteriaGuard() {
        return task -> InputCheck.of(task)
            .required(IMPROVEMENTS_NEEDED)
            .required(RECURRENT_THEMES)
            .required(AGENCIES_WORKING_TOGETHER_CONCERN)
            .required(PANEL_ADVISED_LOCAL_REVIEW)
            .optionalText(IMMEDIATE_ACTIONS, MAX_TEXT)
            .orReject();
    }

    /** The partners decide; a decision not to review, or one departing from the advice, gives its reasons. */
    @Bean
    TaskListener rapidReviewDecisionGuard() {
        return task -> {
            String decided = DECIDED_REVIEW.from(task).orElse(null);
            InputCheck check = InputCheck.of(task)
                .required(DECIDED_REVIEW)
                .check(decided == null || REVIEWS.contains(decided),
                    InputCheck.labelOf(DECIDED_REVIEW) + " must be one of LCSPR, NONE");
            boolean reasonsNeeded = NO_REVIEW.equals(decided)
                || decided != null && !decided.equals(RECOMMENDED_REVIEW.from(task).orElse(null));
            if (reasonsNeeded) {
                check.requiredText(DECISION_REASONS, MAX_TEXT);
            } else {
                check.optionalText(DECISION_REASONS, MAX_TEXT);
            }
            check.orReject();
        };
    }

    @Bean
    TaskListener rapidReviewSentGuard(WorkingDays workingDays) {
        return task -> {
            LocalDate known = LocalDate.parse(INCIDENT_KNOWN_ON.requiredFrom(task));
            InputCheck.of(task)
                .required(SENT_TO_PANEL_ON)
                .dateNotAfter(SENT_TO_PANEL_ON, workingDays.today(), "the date the rapid review was sent cannot be in the future")
                .dateAfter(SENT_TO_PANEL_ON, known.minusDays(1),
                    "the rapid review cannot have been sent before the incident became known on " + known)
                .orReject();
        };
    }

    /** The Panel's response; a request to change the decision says what the Panel asked. */
    @Bean
    TaskListener rapidReviewPanelResponseGuard() {
        return task -> {
            String response = PANEL_RESPONSE.from(task).orElse(null);
            InputCheck check = InputCheck.of(task)
                .required(PANEL_RESPONSE)
                .check(response == null || RESPONSES.contains(response),
                    InputCheck.labelOf(PANEL_RESPONSE) + " must be one of AGREED, CHANGE_ASKED");
            if (CHANGE_ASKED.equals(response)) {
                check.requiredText(PANEL_COMMENTS, MAX_TEXT);
            } else {
                check.optionalText(PANEL_COMMENTS, MAX_TEXT);
            }
            check.orReject();
        };
    }

    @Bean
    TaskListener rapidReviewFindingsGuard() {
        return task -> InputCheck.of(task).requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS).orReject();
    }

    private static Long readAge(VariableScope scope) {
        try {
            return CHILD_AGE_YEARS.from(scope).orElse(null);
        } catch (IllegalArgumentException notANumber) {
            return null;
        }
    }
}
