package org.iowscb.learningloop.casereview.multiagencycasereview;

import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_LEARNING;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.ANALYSIS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.CHRONOLOGY;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INDEPENDENT_REVIEWER;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INDEPENDENT_REVIEWER_LEADS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.MAX_TEXT;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.PANEL_ANALYSIS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.PANEL_MET_ON;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REMINDER_DATE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REMINDER_WEEKS_BEFORE_TARGET;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REPORT_AUTHOR_GROUP;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REVIEWER_INDEPENDENT;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.SCOPE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.TARGET_DATE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.TARGET_MONTHS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.TERMS_OF_REFERENCE;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.identity.AgencyChoices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a person enters in a multi-agency case review, up to the panel's analysis, is checked
 * before it is accepted: a clear 400 with the reason over REST, a message on the form in
 * Tasklist, and nothing saved. {@link MultiAgencyCaseReviewReportGuards} checks the report and
 * the timetable steps.
 */
@Configuration(proxyBeanMethods = false)
class MultiAgencyCaseReviewGuards {

    /**
     * A review needs its agencies (existing agency groups, at least one) and the incident date.
     * It gets its timetable: a target date 3 months on, and a reminder date 2 weeks before it.
     */
    @Bean
    CaseStartCheck macrStartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.MULTI_AGENCY_CASE_REVIEW, (check, start) -> check
            .requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency")
            .dateNotAfter(INCIDENT_KNOWN_ON, workingDays.today(), "the incident date cannot be in the future"));
    }

    @Bean
    ExecutionListener macrStartGuard(Directory directory, WorkingDays workingDays) {
        CaseStartCheck startCheck = macrStartCheck(directory, workingDays);
        return execution -> {
            LocalDate today = workingDays.today();
            startCheck.orReject(execution);
            INVOLVED_AGENCIES.set(execution, INVOLVED_AGENCIES.from(execution));
            LocalDate target = workingDays.addWorkingDays(today.plusMonths(TARGET_MONTHS), 0);
            TARGET_DATE.set(execution, target.toString());
            REMINDER_DATE.set(execution, target.minusWeeks(REMINDER_WEEKS_BEFORE_TARGET).toString());
        };
    }

    /**
     * The panel: scope, terms of reference, its agencies, and who leads. The report's author
     * follows from the last: the independent reviewers, or the business unit.
     */
    @Bean
    TaskListener macrPanelSetupGuard(Directory directory) {
        return task -> {
            InputCheck.of(task)
                .requiredText(SCOPE, MAX_TEXT)
                .requiredText(TERMS_OF_REFERENCE, MAX_TEXT)
                .requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency")
                .required(INDEPENDENT_REVIEWER_LEADS)
                .orReject();
            INVOLVED_AGENCIES.set(task, INVOLVED_AGENCIES.from(task));
            REPORT_AUTHOR_GROUP.set(task, INDEPENDENT_REVIEWER_LEADS.requiredFrom(task)
                ? Groups.INDEPENDENT_REVIEWERS : Groups.BUSINESS_UNIT);
        };
    }

    /**
     * The reviewer must be one of the board's independent reviewers, chosen from the list, and
     * independent of the case and of the agencies reviewed. A case whose form still has the
     * reviewer typed (it began before the list; forms are bound by deployment) names them in text.
     */
    @Bean
    TaskListener macrReviewerAppointmentGuard(Directory directory) {
        return task -> {
            InputCheck check = InputCheck.of(task);
            if (task.hasVariable(AgencyChoices.REVIEWER_OPTIONS)) {
                check.requiredOneOf(INDEPENDENT_REVIEWER, directory::isIndependentReviewer, "independent reviewer");
            } else {
                check.requiredText(INDEPENDENT_REVIEWER, 200);
            }
            check.required(REVIEWER_INDEPENDENT)
                .check(!Boolean.FALSE.equals(task.getVariable(REVIEWER_INDEPENDENT.name())),
                    "the reviewer must be independent of the case and of every agency whose actions are reviewed")
                .orReject();
        };
    }

    /** One agency's information, all three parts; then collected for the panel. */
    @Bean
    TaskListener macrAgencyInformationGuard(AgencyReturns returns) {
        return task -> {
            InputCheck.of(task)
                .requiredText(CHRONOLOGY, MAX_TEXT)
                .requiredText(ANALYSIS, MAX_TEXT)
                .requiredText(AGENCY_LEARNING, MAX_TEXT)
                .orReject();
            AgencyInformation.collect(task, returns);
        };
    }

    /** When the panel's task is created, every agency's information (no agency task is open any more). */
    @Bean
    TaskListener macrShowAgencyInformation(AgencyReturns returns) {
        return task -> AgencyInformation.show(task, returns);
    }

    /** The panel met (not in the future) and agreed its analysis. */
    @Bean
    TaskListener macrPanelMeetingGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .dateNotAfter(PANEL_MET_ON, workingDays.today(), "the panel cannot have met in the future")
            .requiredText(PANEL_ANALYSIS, MAX_TEXT)
            .orReject();
    }
}
