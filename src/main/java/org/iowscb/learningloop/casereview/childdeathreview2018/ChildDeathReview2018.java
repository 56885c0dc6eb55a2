package org.iowscb.learningloop.casereview.childdeathreview2018;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview;
import static org.iowscb.learningloop.platform.process.ProcessVariable.longVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import java.util.List;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.RecordListVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;

/**
 * Process API of {@code processes/child-death-review-2018.bpmn}: a child's death reviewed as the
 * Child Death Review Statutory and Operational Guidance (England) 2018 sets out. The death is
 * notified (case references only, never a name), the CDOP makes the immediate decision on a joint
 * agency response with the advice of the {@code jar-criteria} decision, every agency that knew the
 * child gives its information, the child death review meeting is recorded, the CDOP reviews the
 * death (category and modifiable factors as the NCMD analysis form has them), the business unit
 * records when the NCMD was notified, and the findings go to the learning loop. A death where abuse
 * or neglect is suspected is recorded, once, as referred for a rapid review decision.
 */
public final class ChildDeathReview2018 {

    public static final String KEY = CaseType.CHILD_DEATH_REVIEW_2018.processKey();
    /** The decision that advises whether the criteria for a joint agency response are met. */
    public static final String JAR_CRITERIA = "jar-criteria";

    /** Element ids of the model. */
    public static final class Elements {
        public static final String CHILD_DEATH_NOTIFIED = "child-death-notified";
        public static final String ADVISE_ON_JOINT_AGENCY_RESPONSE = "advise-on-joint-agency-response";
        public static final String DECIDE_IMMEDIATE_RESPONSE = "decide-immediate-response";
        public static final String SUSPECTED_AT_DECISION = "suspected-at-decision";
        public static final String REFER_AT_DECISION = "refer-at-decision";
        public static final String DECISION_MADE = "decision-made";
        public static final String JOINT_AGENCY_RESPONSE_NEEDED = "joint-agency-response-needed";
        public static final String RECORD_JOINT_AGENCY_RESPONSE = "record-joint-agency-response";
        public static final String RESPONSE_DONE = "response-done";
        public static final String GATHER_AGENCY_INFORMATION = "gather-agency-information";
        public static final String PROVIDE_AGENCY_INFORMATION = "provide-agency-information";
        public static final String SUSPECTED_BY_AGENCY = "suspected-by-agency";
        public static final String REFER_FROM_AGENCY_INFORMATION = "refer-from-agency-information";
        public static final String AGENCY_INFORMATION_REFERRED = "agency-information-referred";
        public static final String AGENCY_INFORMATION_GIVEN = "agency-information-given";
        public static final String RECORD_REVIEW_MEETING = "record-review-meeting";
        public static final String CDOP_REVIEW = "cdop-review";
        public static final String SUSPECTED_AT_CDOP = "suspected-at-cdop";
        public static final String REFER_AT_CDOP = "refer-at-cdop";
        public static final String CDOP_REVIEWED = "cdop-reviewed";
        public static final String RECORD_NCMD_NOTIFICATION = "record-ncmd-notification";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String CHILD_DEATH_REVIEWED = "child-death-reviewed";

        private Elements() {
        }
    }

    // the notification (start form, or the variables of the case that starts this one)
    /** ISO date; not in the future. */
    public static final ProcessVariable<String> DATE_OF_DEATH = stringVariable("dateOfDeath");
    public static final ProcessVariable<Long> CHILD_AGE_YEARS = longVariable("childAgeYears");
    /** The agencies that knew the child: each one is asked for its information. */
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    /** What is known of the circumstances; no names. */
    public static final ProcessVariable<String> CIRCUMSTANCES = stringVariable("circumstances");
    // the facts the jar-criteria decision reads (each false unless ticked)
    public static final ProcessVariable<Boolean> EXTERNAL_CAUSES = booleanVariable("externalCauses");
    public static final ProcessVariable<Boolean> SUDDEN_NO_APPARENT_CAUSE = booleanVariable("suddenNoApparentCause");
    public static final ProcessVariable<Boolean> IN_CUSTODY_OR_DETAINED = booleanVariable("inCustodyOrDetained");
    public static final ProcessVariable<Boolean> NOT_NATURAL_SUSPECTED = booleanVariable("notNaturalSuspected");
    /** Abuse or neglect suspected: at the notification, the immediate decision and the CDOP review. */
    public static final ProcessVariable<Boolean> ABUSE_OR_NEGLECT_SUSPECTED = booleanVariable("abuseOrNeglectSuspected");

    // set by the process
    /** ISO date the CDOP was notified: the day the case started. */
    public static final ProcessVariable<String> NOTIFIED_ON = stringVariable("notifiedOn");
    /** The jar-criteria decision's advice: one of {@link #JAR_ADVICE_VALUES}. */
    public static final ProcessVariable<String> JAR_ADVICE = stringVariable("jarAdvice");
    public static final List<String> JAR_ADVICE_VALUES = List.of("SUDDEN_NO_APPARENT_CAUSE", "EXTERNAL_CAUSES",
        "NOT_NATURAL_SUSPECTED", "IN_CUSTODY_OR_DETAINED", "NONE");
    public static final String NO_JAR = "NONE";

    // decide-immediate-response
    /** The CDOP's decision: a joint agency response is held. */
    public static final ProcessVariable<Boolean> JOINT_AGENCY_RESPONSE = booleanVariable("jointAgencyResponse");
    /** Why the CDOP decided against the advice; required only then. */
    public static final ProcessVariable<String> JAR_DECISION_REASONS = stringVariable("jarDecisionReasons");

    // record-joint-agency-response
    public static final ProcessVariable<String> JAR_MEETING_HELD_ON = stringVariable("jarMeetingHeldOn");
    public static final ProcessVariable<String> JAR_SUMMARY = stringVariable("jarSummary");

    // provide-agency-information (local to each agency's instance)
    // the same variables and table as the 2013 review's, declared there once
    public static final ProcessVariable<String> AGENCY = ChildDeathReview.AGENCY;
    public static final ProcessVariable<String> AGENCY_INVOLVEMENT = ChildDeathReview.AGENCY_INVOLVEMENT;
    public static final ProcessVariable<String> AGENCY_CONCERNS = ChildDeathReview.AGENCY_CONCERNS;
    public static final ProcessVariable<Boolean> AGENCY_SUSPECTS_ABUSE_OR_NEGLECT =
        ChildDeathReview.AGENCY_SUSPECTS_ABUSE_OR_NEGLECT;
    /** Every agency's information, shown to the meeting and the panel as a table. */
    public static final RecordListVariable<ChildDeathReview.AgencyReport> AGENCY_REPORTS = ChildDeathReview.AGENCY_REPORTS;

    // record-review-meeting (the practitioners' child death review meeting)
    public static final ProcessVariable<String> REVIEW_MEETING_HELD_ON = stringVariable("reviewMeetingHeldOn");
    /** Who took part, by role; never by name. */
    public static final ProcessVariable<String> PRACTITIONERS_ATTENDING = stringVariable("practitionersAttending");
    public static final ProcessVariable<String> REVIEW_MEETING_OUTCOME = stringVariable("reviewMeetingOutcome");

    // cdop-review (findings: LearningLoop.FINDINGS)
    /** One of the national categories of {@code CategoryOfDeath}'s ids. */
    public static final ProcessVariable<String> CATEGORY_OF_DEATH = stringVariable("categoryOfDeath");
    /** yes, no or insufficient-information, as the NCMD analysis form asks. */
    public static final ProcessVariable<String> MODIFIABLE_FACTORS_FOUND = stringVariable("modifiableFactorsFound");
    public static final List<String> MODIFIABLE_FACTORS_ANSWERS = List.of("yes", "no", "insufficient-information");
    public static final ProcessVariable<String> MODIFIABLE_FACTORS = stringVariable("modifiableFactors");

    // the referral for a rapid review decision (recorded; the rapid review is a case of its own)
    public static final ProcessVariable<Boolean> REFERRED_FOR_RAPID_REVIEW = booleanVariable("referredForRapidReview");
    public static final ProcessVariable<String> RAPID_REVIEW_REFERRED_ON = stringVariable("rapidReviewReferredOn");
    public static final ProcessVariable<String> RAPID_REVIEW_REFERRAL_REASON = stringVariable("rapidReviewReferralReason");
    /**
     * Working Together 2023: the serious incident notification the referral started (a death where
     * abuse or neglect is suspected is notified to the Panel, Children Act 2004 s.16C).
     */
    public static final ProcessVariable<String> SERIOUS_INCIDENT_NOTIFICATION_REFERENCE =
        stringVariable("seriousIncidentNotificationReference");

    // record-ncmd-notification
    public static final ProcessVariable<String> NCMD_NOTIFIED_ON = stringVariable("ncmdNotifiedOn");
    public static final ProcessVariable<String> NCMD_ANALYSIS_SENT_ON = stringVariable("ncmdAnalysisSentOn");

    public static final long OLDEST_CHILD = 17;
    public static final int MAX_TEXT = InputCheck.MAX_NARRATIVE;

    private ChildDeathReview2018() {
    }
}
