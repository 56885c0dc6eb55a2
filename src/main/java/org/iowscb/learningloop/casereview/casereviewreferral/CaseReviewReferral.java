package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.longVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import java.util.List;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;

/**
 * Process API of {@code processes/case-review-referral.bpmn}: a serious incident is referred,
 * Ofsted is notified, the {@code review-type} decision recommends and the SCR Sub Group decides.
 */
public final class CaseReviewReferral {

    public static final String KEY = CaseType.CASE_REVIEW_REFERRAL.processKey();
    public static final String DECISION_REVIEW_TYPE = "review-type";

    /** Element ids of the model. */
    public static final class Elements {
        public static final String INCIDENT_REFERRED = "incident-referred";
        public static final String RECOMMEND_REVIEW_TYPE = "recommend-review-type";
        public static final String NOTIFY_OFSTED = "notify-ofsted";
        public static final String DECIDE_REVIEW_TYPE = "decide-review-type";
        public static final String START_CHOSEN_REVIEW = "start-chosen-review";
        public static final String START_CHILD_DEATH_REVIEW = "start-child-death-review";
        public static final String REFERRAL_DECIDED = "referral-decided";
        public static final String PASS_TO_SERIOUS_INCIDENT_NOTIFICATION = "pass-to-serious-incident-notification";
        public static final String PASSED_TO_NOTIFICATION = "passed-to-notification";

        private Elements() {
        }
    }

    // start (CONTRACT.md)
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = CaseVariables.INCIDENT_KNOWN_ON;
    public static final ProcessVariable<Long> CHILD_AGE_YEARS = longVariable("childAgeYears");
    public static final ProcessVariable<Boolean> ABUSE_OR_NEGLECT = booleanVariable("abuseOrNeglectKnownOrSuspected");
    public static final ProcessVariable<Boolean> CHILD_DIED = booleanVariable("childDied");
    public static final ProcessVariable<Boolean> CHILD_SERIOUSLY_HARMED = booleanVariable("childSeriouslyHarmed");
    public static final ProcessVariable<String> AGENCY_WORKING_CONCERN = stringVariable("agencyWorkingConcern");
    public static final ProcessVariable<String> REFERRING_AGENCY = CaseVariables.REFERRING_AGENCY;
    public static final ProcessVariable<String> SUMMARY = stringVariable("summary");

    // set by the process
    /** The day the referral was made (ISO date), the start of the one-month decision clock. */
    public static final ProcessVariable<String> REFERRED_ON = stringVariable("referredOn");
    /** The child died and no child death review referred this case: start one. */
    public static final ProcessVariable<Boolean> CHILD_DEATH_REVIEW_NEEDED = booleanVariable("childDeathReviewNeeded");
    public static final ProcessVariable<String> RECOMMENDED_REVIEW_TYPE = stringVariable("recommendedReviewType");
    public static final ProcessVariable<String> REVIEW_REFERENCE = stringVariable("reviewReference");
    public static final ProcessVariable<String> CHILD_DEATH_REVIEW_REFERENCE = stringVariable("childDeathReviewReference");
    /** Under Working Together 2023: the serious incident notification the referral was passed to. */
    public static final ProcessVariable<String> SERIOUS_INCIDENT_NOTIFICATION_REFERENCE =
        stringVariable("seriousIncidentNotificationReference");

    // notify-ofsted
    public static final ProcessVariable<String> OFSTED_NOTIFIED_ON = stringVariable("ofstedNotifiedOn");
    public static final ProcessVariable<String> OFSTED_REFERENCE = stringVariable("ofstedReference");

    // decide-review-type
    public static final ProcessVariable<String> DECIDED_REVIEW_TYPE = stringVariable("decidedReviewType");
    public static final ProcessVariable<String> DEPARTURE_REASON = stringVariable("departureReason");
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    public static final ProcessVariable<String> REVIEWING_AGENCY = CaseVariables.REVIEWING_AGENCY;

    public static final List<String> CONCERNS = List.of("NONE", "LIMITED", "SIGNIFICANT");
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_REASON = 2000;

    private CaseReviewReferral() {
    }
}
