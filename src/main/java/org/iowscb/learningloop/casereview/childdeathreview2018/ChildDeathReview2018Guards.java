package org.iowscb.learningloop.casereview.childdeathreview2018;

import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.ABUSE_OR_NEGLECT_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.AGENCY;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.AGENCY_CONCERNS;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.AGENCY_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.AGENCY_SUSPECTS_ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.CATEGORY_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.CIRCUMSTANCES;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.DATE_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.EXTERNAL_CAUSES;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.IN_CUSTODY_OR_DETAINED;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.JAR_ADVICE;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.JAR_DECISION_REASONS;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.JAR_MEETING_HELD_ON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.JAR_SUMMARY;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.JOINT_AGENCY_RESPONSE;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.MAX_TEXT;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.MODIFIABLE_FACTORS;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.MODIFIABLE_FACTORS_ANSWERS;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.MODIFIABLE_FACTORS_FOUND;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.NCMD_ANALYSIS_SENT_ON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.NCMD_NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.NOT_NATURAL_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.NO_JAR;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.OLDEST_CHILD;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.PRACTITIONERS_ATTENDING;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.REFERRED_FOR_RAPID_REVIEW;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.REVIEW_MEETING_HELD_ON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.REVIEW_MEETING_OUTCOME;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.SUDDEN_NO_APPARENT_CAUSE;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.learning.LearningLoop.MAX_FINDINGS;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.casereview.childdeathreview.CategoryOfDeath;
import org.iowscb.learningloop.casereview.childdeathreview.AgencyReports;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AgencyReport;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the CDOP, the agencies and the business unit enter in a child death review (2018) is
 * checked before it is accepted: a 400 naming the field over REST, a message on the form in
 * Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class ChildDeathReview2018Guards {

    private static final String UNDER_18 = "a child death review is for a child under 18";
    private static final List<ProcessVariable<Boolean>> CRITERIA = List.of(EXTERNAL_CAUSES, SUDDEN_NO_APPARENT_CAUSE,
        IN_CUSTODY_OR_DETAINED, NOT_NATURAL_SUSPECTED, ABUSE_OR_NEGLECT_SUSPECTED);

    /** The notification: the date of death, the age, the agencies that knew the child, the circumstances. */
    @Bean
    CaseStartCheck childDeath2018StartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.CHILD_DEATH_REVIEW_2018, (check, start) -> check
            .dateNotAfter(DATE_OF_DEATH, workingDays.today(), "the date of death cannot be in the future")
            .required(CHILD_AGE_YEARS)
            .between(CHILD_AGE_YEARS, 0, OLDEST_CHILD, UNDER_18)
            .requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency")
            .requiredText(CIRCUMSTANCES, MAX_TEXT));
    }

    /** On the start event: the check, then the notification is stored in its checked form. */
    @Bean
    ExecutionListener childDeath2018NotifiedGuard(Directory directory, WorkingDays workingDays) {
        CaseStartCheck startCheck = childDeath2018StartCheck(directory, workingDays);
        return execution -> {
            startCheck.orReject(execution);
            NOTIFIED_ON.set(execution, workingDays.today().toString());
            CHILD_AGE_YEARS.set(execution, CHILD_AGE_YEARS.requiredFrom(execution));
            INVOLVED_AGENCIES.set(execution, INVOLVED_AGENCIES.from(execution));
            CRITERIA.forEach(fact -> fact.set(execution, isTrue(execution, fact)));
            REFERRED_FOR_RAPID_REVIEW.set(execution, false);
            AgencyReports.start(execution);
        };
    }

    /** The immediate decision: against the decision's advice only with reasons. */
    @Bean
    TaskListener immediateDecisionGuard() {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .required(JOINT_AGENCY_RESPONSE)
                .required(ABUSE_OR_NEGLECT_SUSPECTED)
                .optionalText(JAR_DECISION_REASONS, MAX_TEXT);
            Object decided = task.getVariable(JOINT_AGENCY_RESPONSE.name());
            boolean advised = !NO_JAR.equals(JAR_ADVICE.from(task).orElse(NO_JAR));
            if (decided instanceof Boolean jar && jar != advised) {
                check.requiredText(JAR_DECISION_REASONS, MAX_TEXT);
            }
            check.orReject();
        };
    }

    /** The joint agency response: when its meeting was held and what it found. */
    @Bean
    TaskListener jointAgencyResponseGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(JAR_MEETING_HELD_ON, workingDays.today(), "the meeting cannot be in the future")
                .requiredText(JAR_SUMMARY, MAX_TEXT);
            notBeforeTheDeath(check, task, JAR_MEETING_HELD_ON);
            check.orReject();
        };
    }

    /** One agency's information; it joins the others' for the meeting and the panel. */
    @Bean
    TaskListener agencyInformation2018Guard(AgencyReturns returns) {
        return task -> {
            InputCheck.of(task)
                .requiredText(AGENCY_INVOLVEMENT, MAX_TEXT)
                .optionalText(AGENCY_CONCERNS, MAX_TEXT)
                .required(AGENCY_SUSPECTS_ABUSE_OR_NEGLECT)
                .orReject();
            AgencyReports.add(returns, task, AgencyReport.of(
                AGENCY.requiredFrom(task),
                AGENCY_INVOLVEMENT.requiredFrom(task),
                AGENCY_CONCERNS.from(task).orElse(""),
                AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.requiredFrom(task)));
        };
    }

    /** When the meeting's task is created: every agency's latest information (no agency task is open). */
    @Bean
    TaskListener cdr2018ShowAgencyReports(AgencyReturns returns) {
        return task -> AgencyReports.show(returns, task);
    }

    /** The child death review meeting: when, who by role, what it concluded. */
    @Bean
    TaskListener reviewMeetingGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(REVIEW_MEETING_HELD_ON, workingDays.today(), "the meeting cannot be in the future")
                .requiredText(PRACTITIONERS_ATTENDING, MAX_TEXT)
                .requiredText(REVIEW_MEETING_OUTCOME, MAX_TEXT);
            notBeforeTheDeath(check, task, REVIEW_MEETING_HELD_ON);
            check.orReject();
        };
    }

    /** The CDOP's review: a national category, modifiable factors as the NCMD asks, findings. */
    @Bean
    TaskListener cdopReviewGuard() {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .requiredOneOf(CATEGORY_OF_DEATH, id -> CategoryOfDeath.of(id).isPresent(),
                    "of the national categories of child death")
                .requiredOneOf(MODIFIABLE_FACTORS_FOUND, MODIFIABLE_FACTORS_ANSWERS::contains,
                    "answer: yes, no or insufficient information")
                .required(ABUSE_OR_NEGLECT_SUSPECTED)
                .requiredText(FINDINGS, MAX_FINDINGS);
            if ("yes".equals(task.getVariable(MODIFIABLE_FACTORS_FOUND.name()))) {
                check.requiredText(MODIFIABLE_FACTORS, MAX_TEXT);
            } else {
                check.optionalText(MODIFIABLE_FACTORS, MAX_TEXT);
            }
            boolean abuseCategory = CategoryOfDeath.of(String.valueOf(task.getVariable(CATEGORY_OF_DEATH.name())))
                .filter(c -> c == CategoryOfDeath.DELIBERATELY_INFLICTED_INJURY_ABUSE_OR_NEGLECT).isPresent();
            check.check(!abuseCategory || isTrue(task, ABUSE_OR_NEGLECT_SUSPECTED),
                "a death categorised as deliberately inflicted injury, abuse or neglect must be marked as abuse or "
                    + "neglect suspected");
            check.orReject();
        };
    }

    /** The record that the NCMD was notified: dates, not in the future and not before the death. */
    @Bean
    TaskListener ncmdNotificationGuard(WorkingDays workingDays) {
        return task -> {
            LocalDate today = workingDays.today();
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(NCMD_NOTIFIED_ON, today, "the NCMD cannot have been notified in the future")
                .dateNotAfter(NCMD_ANALYSIS_SENT_ON, today, "the analysis cannot have been sent in the future");
            notBeforeTheDeath(check, task, NCMD_NOTIFIED_ON);
            notBeforeTheDeath(check, task, NCMD_ANALYSIS_SENT_ON);
            check.orReject();
        };
    }

    private static void notBeforeTheDeath(InputCheck check, VariableScope scope, ProcessVariable<String> date) {
        LocalDate died = parse(DATE_OF_DEATH.from(scope).orElse(null));
        LocalDate on = parse(date.from(scope).orElse(null));
        check.check(died == null || on == null || !on.isBefore(died),
            InputCheck.labelOf(date) + " cannot be before the date of death (" + died + ")");
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean isTrue(VariableScope scope, ProcessVariable<Boolean> variable) {
        return Boolean.TRUE.equals(scope.getVariable(variable.name()));
    }
}
