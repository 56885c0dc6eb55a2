package org.iowscb.learningloop.casereview.childdeathreview;

import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_WORKING_CONCERN;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_DIED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_SERIOUSLY_HARMED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.DEFAULT_REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.NO_CONCERN;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.REFERRED_FOR_SCR_DECISION;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.SCR_DECISION_REFERRAL_REFERENCE;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.SUMMARY;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.Elements;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.springframework.stereotype.Component;

/**
 * A death where abuse or neglect is suspected goes to the SCR Sub Group for a serious case
 * review decision ({@code ${referChildDeathForScrDecision}}): starts a {@code case-review-referral}
 * whose {@code sourceReference} is this review. Once per review: a second suspicion, or a retried
 * job, refers nothing again.
 */
@Component("referChildDeathForScrDecision")
class ScrDecisionReferral implements JavaDelegate {

    private final CaseStarter starter;
    private final Directory directory;
    private final WorkingDays workingDays;

    ScrDecisionReferral(CaseStarter starter, Directory directory, WorkingDays workingDays) {
        this.starter = starter;
        this.directory = directory;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (REFERRED_FOR_SCR_DECISION.from(execution).orElse(false)) {
            return;
        }
        String review = execution.getProcessBusinessKey();
        Map<String, Object> referral = new HashMap<>();
        // the day the suspicion became known to the board, so Ofsted's five working days run from
        // it; the date of death may lie weeks back when the suspicion arises at the panel
        referral.put(INCIDENT_KNOWN_ON.name(), workingDays.today().toString());
        referral.put(CHILD_AGE_YEARS.name(), CHILD_AGE_YEARS.requiredFrom(execution));
        referral.put(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED.name(), true);
        referral.put(CHILD_DIED.name(), true);
        referral.put(CHILD_SERIOUSLY_HARMED.name(), false);
        referral.put(AGENCY_WORKING_CONCERN.name(), AGENCY_WORKING_CONCERN.from(execution).orElse(NO_CONCERN));
        referral.put(REFERRING_AGENCY.name(),
            REFERRING_AGENCY.from(execution).filter(directory::isAgency).orElse(DEFAULT_REFERRING_AGENCY));
        referral.put(SUMMARY.name(), "Referred by child death review " + review + ": abuse or neglect suspected "
            + where(execution) + ".");
        referral.put(INVOLVED_AGENCIES.name(), StringListVariable.valueOf(INVOLVED_AGENCIES.from(execution)));

        String reference = starter.start(CaseType.CASE_REVIEW_REFERRAL, review, referral);
        REFERRED_FOR_SCR_DECISION.set(execution.getProcessInstance(), true);
        SCR_DECISION_REFERRAL_REFERENCE.set(execution.getProcessInstance(), reference);
    }

    private static String where(DelegateExecution execution) {
        return switch (execution.getCurrentActivityId()) {
            case Elements.REFER_AT_NOTIFICATION -> "at the notification";
            case Elements.REFER_FROM_AGENCY_INFORMATION -> "in the information of " + AGENCY.requiredFrom(execution);
            default -> "at the CDOP panel review";
        };
    }
}
