package org.iowscb.learningloop.casereview.individualmanagementreview;

import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.ACTION_POINTS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.ANALYSIS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.CHRONOLOGY;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.LAST_RETURN_REASONS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.MAX_TEXT;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.RETURN_REASONS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REVIEWING_AGENCY;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REVIEW_ACCEPTED;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REVIEW_QUESTIONS;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a person enters in an individual management review is checked before it is accepted: a
 * clear 400 with the reason over REST, a message on the form in Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class IndividualManagementReviewGuards {

    /**
     * A review needs the agency that reviews itself (an existing agency group) and the incident
     * date; the involved agencies default to the reviewing agency.
     */
    @Bean
    CaseStartCheck imrStartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, (check, start) -> {
            check.requiredOneOf(REVIEWING_AGENCY, directory::isAgency, "agency")
                .dateNotAfter(INCIDENT_KNOWN_ON, workingDays.today(), "the incident date cannot be in the future")
                .optionalText(REVIEW_QUESTIONS, MAX_TEXT);
            if (start.hasVariable(INVOLVED_AGENCIES.name())) {
                check.requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency");
            }
        });
    }

    @Bean
    ExecutionListener imrStartGuard(Directory directory, WorkingDays workingDays) {
        CaseStartCheck startCheck = imrStartCheck(directory, workingDays);
        return execution -> {
            startCheck.orReject(execution);
            String agency = execution.getVariable(REVIEWING_AGENCY.name()) instanceof String text ? text.trim() : "";
            boolean involvedGiven = execution.hasVariable(INVOLVED_AGENCIES.name());
            REVIEWING_AGENCY.set(execution, agency);
            INVOLVED_AGENCIES.set(execution, involvedGiven ? INVOLVED_AGENCIES.from(execution) : List.of(agency));
        };
    }

    /**
     * The agency's review: chronology, analysis and recommendations; its single-agency action
     * points if any. Once revised, the reasons it was sent back become the last return reasons.
     */
    @Bean
    TaskListener imrAgencyReviewGuard() {
        return task -> {
            InputCheck.of(task)
                .requiredText(CHRONOLOGY, MAX_TEXT)
                .requiredText(ANALYSIS, MAX_TEXT)
                .requiredText(RECOMMENDATIONS, MAX_TEXT)
                .optionalText(ACTION_POINTS, MAX_TEXT)
                .orReject();
            RETURN_REASONS.from(task).ifPresent(reasons -> {
                LAST_RETURN_REASONS.set(task, reasons);
                task.removeVariable(RETURN_REASONS.name());
            });
        };
    }

    /** The SCR Sub Group accepts the review, or sends it back with reasons the agency can act on. */
    @Bean
    TaskListener imrAcceptanceGuard() {
        return task -> {
            InputCheck.of(task).acceptedOrReturnedWith(REVIEW_ACCEPTED, RETURN_REASONS, MAX_TEXT).orReject();
        };
    }

    /** The findings the learning loop receives: required, no longer than it accepts. */
    @Bean
    TaskListener imrFindingsGuard() {
        return task -> InputCheck.of(task)
            .requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS)
            .orReject();
    }
}
