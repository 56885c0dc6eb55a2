package org.iowscb.learningloop.casereview.childdeathreview;

import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_CONCERNS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_SUSPECTS_ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_WORKING_CONCERN;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CATEGORY_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CIRCUMSTANCES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CONCERNS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.DATE_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.LEARNING;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.MAX_TEXT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.MODIFIABLE_FACTORS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.MODIFIABLE_FACTORS_IDENTIFIED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.OLDEST_CHILD;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.REFERRED_FOR_SCR_DECISION;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.SCR_DECISION_REFERRAL_REFERENCE;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.learning.LearningLoop.MAX_FINDINGS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the CDOP and the agencies enter in a child death review is checked before it is
 * accepted: a clear 400 with the reason over REST, a message on the form in Tasklist, and
 * nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class ChildDeathReviewGuards {

    private static final String UNDER_18 = "a child death review is for a child under 18";

    /**
     * On the start event. Started by the CDOP: the date of death, the age, the agencies that knew
     * the child and whether abuse or neglect is suspected. Started by a referral: its facts, the
     * date of death comes at the notification, and a referral that already suspected abuse or
     * neglect is the SCR decision, so the review does not refer the death again.
     */
    @Bean
    CaseStartCheck childDeathStartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.CHILD_DEATH_REVIEW, (check, start) -> {
            LocalDate today = workingDays.today();
            if (CaseVariables.SOURCE_REFERENCE.from(start).isPresent()) {
                check.dateNotAfter(INCIDENT_KNOWN_ON, today, "the date the death became known cannot be in the future");
                if (start.hasVariable(DATE_OF_DEATH.name())) {
                    check.dateNotAfter(DATE_OF_DEATH, today, "the date of death cannot be in the future");
                }
                checkAgencies(check, start, directory);
            } else {
                check.dateNotAfter(DATE_OF_DEATH, today, "the date of death cannot be in the future")
                    .required(ABUSE_OR_NEGLECT_SUSPECTED)
                    .requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency");
            }
            check.required(CHILD_AGE_YEARS).between(CHILD_AGE_YEARS, 0, OLDEST_CHILD, UNDER_18);
        });
    }

    @Bean
    ExecutionListener childDeathNotifiedGuard(Directory directory, WorkingDays workingDays) {
        CaseStartCheck startCheck = childDeathStartCheck(directory, workingDays);
        return execution -> {
            LocalDate today = workingDays.today();
            Optional<String> referral = CaseVariables.SOURCE_REFERENCE.from(execution);
            startCheck.orReject(execution);

            boolean suspected = ABUSE_OR_NEGLECT_SUSPECTED.from(execution)
                .or(() -> ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED.from(execution)).orElse(false);
            boolean referralSuspected = referral.isPresent()
                && ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED.from(execution).orElse(false);
            NOTIFIED_ON.set(execution, referral.isPresent() ? INCIDENT_KNOWN_ON.requiredFrom(execution) : today.toString());
            CHILD_AGE_YEARS.set(execution, CHILD_AGE_YEARS.requiredFrom(execution));
            INVOLVED_AGENCIES.set(execution, INVOLVED_AGENCIES.from(execution));
            ABUSE_OR_NEGLECT_SUSPECTED.set(execution, suspected);
            REFERRED_FOR_SCR_DECISION.set(execution, referralSuspected);
            if (referralSuspected) {
                SCR_DECISION_REFERRAL_REFERENCE.set(execution, referral.get());
            }
            AgencyReports.start(execution);
        };
    }

    /** The CDOP records the notification: the date of death, the agencies to ask, the circumstances. */
    @Bean
    TaskListener notificationRecordGuard(Directory directory) {
        return task -> {
            LocalDate notified = LocalDate.parse(NOTIFIED_ON.requiredFrom(task));
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(DATE_OF_DEATH, notified, "the date of death cannot be after the notification on " + notified)
                .required(CHILD_AGE_YEARS)
                .between(CHILD_AGE_YEARS, 0, OLDEST_CHILD, UNDER_18)
                .requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency")
                .requiredText(CIRCUMSTANCES, MAX_TEXT)
                .required(ABUSE_OR_NEGLECT_SUSPECTED);
            checkConcern(check, task);
            check.orReject();

            CHILD_AGE_YEARS.set(task.getExecution(), CHILD_AGE_YEARS.requiredFrom(task));
            INVOLVED_AGENCIES.set(task.getExecution(), INVOLVED_AGENCIES.from(task));
        };
    }

    /** One agency's information; it joins the others' for the panel. */
    @Bean
    TaskListener agencyInformationGuard(AgencyReturns returns) {
        return task -> {
            InputCheck.of(task)
                .requiredText(AGENCY_INVOLVEMENT, MAX_TEXT)
                .optionalText(AGENCY_CONCERNS, MAX_TEXT)
                .required(AGENCY_SUSPECTS_ABUSE_OR_NEGLECT)
                .orReject();
            AgencyReports.add(returns, task, ChildDeathReview.AgencyReport.of(
                AGENCY.requiredFrom(task),
                AGENCY_INVOLVEMENT.requiredFrom(task),
                AGENCY_CONCERNS.from(task).orElse(""),
                AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.requiredFrom(task)));
        };
    }

    /** When the panel's task is created, every agency's report (no agency task is open any more). */
    @Bean
    TaskListener cdrShowAgencyReports(AgencyReturns returns) {
        return task -> AgencyReports.show(returns, task);
    }

    /** The panel's review: a national category, modifiable factors, learning and findings. */
    @Bean
    TaskListener panelReviewGuard() {
        return task -> {
            String category = CATEGORY_OF_DEATH.from(task).orElse(null);
            InputCheck check = InputCheck.of(task)
                .required(CATEGORY_OF_DEATH)
                .check(category == null || CategoryOfDeath.of(category).isPresent(),
                    InputCheck.labelOf(CATEGORY_OF_DEATH) + ": '" + category + "' is not one of the national categories of child death")
                .required(MODIFIABLE_FACTORS_IDENTIFIED)
                .required(ABUSE_OR_NEGLECT_SUSPECTED)
                .optionalText(LEARNING, MAX_TEXT)
                .requiredText(FINDINGS, MAX_FINDINGS);
            if (isTrue(task, MODIFIABLE_FACTORS_IDENTIFIED)) {
                check.requiredText(MODIFIABLE_FACTORS, MAX_TEXT);
            } else {
                check.optionalText(MODIFIABLE_FACTORS, MAX_TEXT);
            }
            check.check(CategoryOfDeath.of(category).filter(c -> c == CategoryOfDeath.DELIBERATELY_INFLICTED_INJURY_ABUSE_OR_NEGLECT)
                    .isEmpty() || isTrue(task, ABUSE_OR_NEGLECT_SUSPECTED),
                "a death categorised as deliberately inflicted injury, abuse or neglect must be marked as abuse or "
                    + "neglect suspected");
            checkConcern(check, task);
            check.orReject();
        };
    }

    private static void checkAgencies(InputCheck check, VariableScope scope, Directory directory) {
        List<String> agencies;
        try {
            agencies = INVOLVED_AGENCIES.from(scope);
        } catch (IllegalArgumentException wrongType) {
            check.check(false, InputCheck.labelOf(INVOLVED_AGENCIES.name()) + " must be a list of agency");
            return;
        }
        agencies.stream().filter(agency -> !directory.isAgency(agency)).forEach(agency ->
            check.check(false, InputCheck.labelOf(INVOLVED_AGENCIES.name()) + ": '" + agency + "' is not a known agency"));
    }

    private static void checkConcern(InputCheck check, VariableScope scope) {
        Object concern = scope.getVariable(AGENCY_WORKING_CONCERN.name());
        check.check(concern == null || CONCERNS.contains(concern),
            InputCheck.labelOf(AGENCY_WORKING_CONCERN) + " must be one of NONE, LIMITED, SIGNIFICANT");
    }

    private static boolean isTrue(VariableScope scope, ProcessVariable<Boolean> variable) {
        return Boolean.TRUE.equals(scope.getVariable(variable.name()));
    }
}
