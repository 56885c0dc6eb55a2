package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.AGENCY_WORKING_CONCERN;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_DEATH_REVIEW_NEEDED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_DIED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_SERIOUSLY_HARMED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CONCERNS;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.DECIDED_REVIEW_TYPE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.DEPARTURE_REASON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.MAX_REASON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.MAX_SUMMARY;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.OFSTED_NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.OFSTED_REFERENCE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.RECOMMENDED_REVIEW_TYPE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REFERRED_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REVIEWING_AGENCY;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.SUMMARY;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The referral's rules on what people enter (CONTRACT.md): a clear rejection and no case when
 * they are broken, on the Tasklist start form and over REST alike.
 */
@Configuration(proxyBeanMethods = false)
class ReferralGuards {

    /** On the start event: the referral's facts, then the clock of the one-month decision. */
    @Bean
    CaseStartCheck referralStartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.CASE_REVIEW_REFERRAL, (check, start) -> {
            LocalDate today = workingDays.today();
            Long age = readAge(start);
            check
                .dateNotAfter(INCIDENT_KNOWN_ON, today, "the date the incident became known cannot be in the future")
                .childAge(CHILD_AGE_YEARS, age)
                .required(ABUSE_OR_NEGLECT)
                .required(CHILD_DIED)
                .required(CHILD_SERIOUSLY_HARMED)
                .required(AGENCY_WORKING_CONCERN)
                .check(!AGENCY_WORKING_CONCERN.from(start).isPresent()
                        || CONCERNS.contains(AGENCY_WORKING_CONCERN.from(start).get()),
                    InputCheck.labelOf(AGENCY_WORKING_CONCERN) + " must be one of NONE, LIMITED, SIGNIFICANT")
                .requiredOneOf(REFERRING_AGENCY, directory::isAgency, "agency")
                .optionalText(SUMMARY, MAX_SUMMARY);
        });
    }

    @Bean
    ExecutionListener referralGuard(Directory directory, WorkingDays workingDays) {
        CaseStartCheck startCheck = referralStartCheck(directory, workingDays);
        return execution -> {
            LocalDate today = workingDays.today();
            startCheck.orReject(execution);

            REFERRED_ON.set(execution, today.toString());
            boolean referredByChildDeathReview = CaseVariables.SOURCE_REFERENCE.from(execution)
                .map(source -> source.startsWith(CaseType.CHILD_DEATH_REVIEW.prefix() + "-")).orElse(false);
            CHILD_DEATH_REVIEW_NEEDED.set(execution, CHILD_DIED.requiredFrom(execution) && !referredByChildDeathReview);
        };
    }

    /** Children's services record when they notified Ofsted. */
    @Bean
    TaskListener ofstedNotificationGuard(WorkingDays workingDays) {
        return task -> {
            LocalDate known = LocalDate.parse(INCIDENT_KNOWN_ON.requiredFrom(task));
            InputCheck.of(task)
                .dateNotAfter(OFSTED_NOTIFIED_ON, workingDays.today(), "the date Ofsted was notified cannot be in the future")
                .dateAfter(OFSTED_NOTIFIED_ON, known.minusDays(1),
                    "Ofsted cannot have been notified before the incident became known on " + known)
                .optionalText(OFSTED_REFERENCE, 100)
                .orReject();
        };
    }

    /** The Sub Group's decision: a known type, a reason to depart, and who takes part. */
    @Bean
    TaskListener reviewDecisionGuard(Directory directory, CaseStarter starter) {
        return task -> {
            String decided = DECIDED_REVIEW_TYPE.from(task).orElse(null);
            ReviewType type = ReviewType.of(decided).orElse(null);
            String recommended = RECOMMENDED_REVIEW_TYPE.from(task).orElse(null);
            InputCheck check = InputCheck.of(task)
                .required(DECIDED_REVIEW_TYPE)
                .check(decided == null || type != null, InputCheck.labelOf(DECIDED_REVIEW_TYPE) + " must be one of SCR, MACR, IMR, NONE");
            if (type != null && !type.name().equals(recommended)) {
                check.requiredText(DEPARTURE_REASON, MAX_REASON);
            } else {
                check.optionalText(DEPARTURE_REASON, MAX_REASON);
            }
            if (type == ReviewType.SCR || type == ReviewType.MACR) {
                check.requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency");
            }
            if (type == ReviewType.IMR) {
                check.requiredOneOf(REVIEWING_AGENCY, directory::isAgency, "agency");
            }
            if (check.problems().isEmpty() && type != ReviewType.NONE) {
                // the review's own start check, on what it will start with: refused here, not in its start
                List<String> involved = type == ReviewType.IMR ? List.of(REVIEWING_AGENCY.requiredFrom(task))
                    : INVOLVED_AGENCIES.from(task);
                type.review().ifPresent(review -> starter.problemsOfStart(review,
                        StartChosenReview.startVariables(task, involved))
                    .forEach(problem -> check.check(false, problem)));
            }
            check.orReject();

            if (type == ReviewType.IMR) {
                INVOLVED_AGENCIES.set(task.getExecution(), List.of(REVIEWING_AGENCY.requiredFrom(task)));
            } else if (type != ReviewType.NONE) {
                INVOLVED_AGENCIES.set(task.getExecution(), INVOLVED_AGENCIES.from(task));
            }
        };
    }

    private static Long readAge(org.camunda.bpm.engine.delegate.VariableScope scope) {
        try {
            return CHILD_AGE_YEARS.from(scope).orElse(null);
        } catch (IllegalArgumentException notANumber) {
            return null;
        }
    }
}
