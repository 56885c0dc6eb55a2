package org.iowscb.learningloop.casereview.childdeathreview;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.longVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import java.util.List;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.RecordListVariable;

/**
 * Process API of {@code processes/child-death-review.bpmn}: every death of a child under 18 is
 * notified to the Child Death Overview Panel, every agency that knew the child gives its
 * information, the panel reviews the death, and a death where abuse or neglect is suspected is
 * referred for a serious case review decision.
 */
public final class ChildDeathReview {

    public static final String KEY = CaseType.CHILD_DEATH_REVIEW.processKey();

    /** Element ids of the model. */
    public static final class Elements {
        public static final String CHILD_DEATH_NOTIFIED = "child-death-notified";
        public static final String WHICH_EDITION = "which-edition";
        public static final String PASS_TO_CHILD_DEATH_REVIEW_2018 = "pass-to-child-death-review-2018";
        public static final String PASSED_TO_CHILD_DEATH_REVIEW_2018 = "passed-to-child-death-review-2018";
        public static final String RECORD_NOTIFICATION = "record-notification";
        public static final String SUSPECTED_AT_NOTIFICATION = "suspected-at-notification";
        public static final String REFER_AT_NOTIFICATION = "refer-at-notification";
        public static final String GATHER_AGENCY_INFORMATION = "gather-agency-information";
        public static final String PROVIDE_AGENCY_INFORMATION = "provide-agency-information";
        public static final String SUSPECTED_BY_AGENCY = "suspected-by-agency";
        public static final String REFER_FROM_AGENCY_INFORMATION = "refer-from-agency-information";
        public static final String AGENCY_INFORMATION_REFERRED = "agency-information-referred";
        public static final String AGENCY_INFORMATION_GIVEN = "agency-information-given";
        public static final String PANEL_REVIEW = "panel-review";
        public static final String SUSPECTED_AT_PANEL = "suspected-at-panel";
        public static final String REFER_AT_PANEL = "refer-at-panel";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String CHILD_DEATH_REVIEWED = "child-death-reviewed";

        private Elements() {
        }
    }

    // started by the CDOP (start form) or by a referral (CaseStarter)
    /** ISO date; not in the future. Asked at the start or, from a referral, at the notification. */
    public static final ProcessVariable<String> DATE_OF_DEATH = stringVariable("dateOfDeath");
    public static final ProcessVariable<Long> CHILD_AGE_YEARS = longVariable("childAgeYears");
    /** The agencies that knew the child: each one is asked for its information. */
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    /** The CDOP's view: abuse or neglect is suspected (at the notification, then at the panel). */
    public static final ProcessVariable<Boolean> ABUSE_OR_NEGLECT_SUSPECTED = booleanVariable("abuseOrNeglectSuspected");

    // from a referral (CONTRACT.md)
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = CaseVariables.INCIDENT_KNOWN_ON;
    public static final ProcessVariable<Boolean> ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED =
        booleanVariable("abuseOrNeglectKnownOrSuspected");
    public static final ProcessVariable<Boolean> CHILD_DIED = booleanVariable("childDied");
    public static final ProcessVariable<Boolean> CHILD_SERIOUSLY_HARMED = booleanVariable("childSeriouslyHarmed");
    public static final ProcessVariable<String> REFERRING_AGENCY = CaseVariables.REFERRING_AGENCY;
    public static final ProcessVariable<String> SUMMARY = stringVariable("summary");

    // set by the process
    /** Working Together 2023: the reference of the child-death-review-2018 case this notification started. */
    public static final ProcessVariable<String> CHILD_DEATH_REVIEW_2018_REFERENCE =
        stringVariable("childDeathReview2018Reference");
    /** ISO date the CDOP was notified: the day of a direct start, or the referral's incidentKnownOn. */
    public static final ProcessVariable<String> NOTIFIED_ON = stringVariable("notifiedOn");
    /** True once the death is before the SCR Sub Group for a decision: one referral per review. */
    public static final ProcessVariable<Boolean> REFERRED_FOR_SCR_DECISION = booleanVariable("referredForScrDecision");
    /** The case reference of the referral that carries the SCR decision. */
    public static final ProcessVariable<String> SCR_DECISION_REFERRAL_REFERENCE =
        stringVariable("scrDecisionReferralReference");
    /** Every agency's information, a JSON list of {agency, involvement, concerns, abuseOrNeglectSuspected}. */
    public static final RecordListVariable<AgencyReport> AGENCY_REPORTS =
        RecordListVariable.recordListVariable("agencyReports", AgencyReport.class);

    /**
     * One agency's information for the panel, as its table shows it: involvement, concerns, and
     * whether the agency suspects abuse or neglect ("Yes" or "No").
     */
    public record AgencyReport(String agency, String involvement, String concerns, String abuseOrNeglectSuspected) {

        public static AgencyReport of(String agency, String involvement, String concerns, boolean suspected) {
            return new AgencyReport(agency, involvement, concerns, suspected ? "Yes" : "No");
        }
    }

    // record-notification
    public static final ProcessVariable<String> CIRCUMSTANCES = stringVariable("circumstances");
    /** NONE, LIMITED or SIGNIFICANT, as in the review-type decision; NONE unless the CDOP says otherwise. */
    public static final ProcessVariable<String> AGENCY_WORKING_CONCERN = stringVariable("agencyWorkingConcern");

    // provide-agency-information (local to each agency's instance)
    /** The agency group id of one instance of the information gathering. */
    public static final ProcessVariable<String> AGENCY = stringVariable("agency");
    public static final ProcessVariable<String> AGENCY_INVOLVEMENT = stringVariable("agencyInvolvement");
    public static final ProcessVariable<String> AGENCY_CONCERNS = stringVariable("agencyConcerns");
    public static final ProcessVariable<Boolean> AGENCY_SUSPECTS_ABUSE_OR_NEGLECT =
        booleanVariable("agencySuspectsAbuseOrNeglect");

    // panel-review (findings: LearningLoop.FINDINGS)
    /** One of {@link CategoryOfDeath}'s ids. */
    public static final ProcessVariable<String> CATEGORY_OF_DEATH = stringVariable("categoryOfDeath");
    public static final ProcessVariable<Boolean> MODIFIABLE_FACTORS_IDENTIFIED = booleanVariable("modifiableFactorsIdentified");
    public static final ProcessVariable<String> MODIFIABLE_FACTORS = stringVariable("modifiableFactors");
    public static final ProcessVariable<String> LEARNING = stringVariable("learning");

    public static final List<String> CONCERNS = List.of("NONE", "LIMITED", "SIGNIFICANT");
    public static final String NO_CONCERN = "NONE";
    /** The referring agency of a referral the CDOP makes when no agency referred the death. */
    public static final String DEFAULT_REFERRING_AGENCY = Groups.AGENCY_PREFIX + "childrens-services";
    public static final long OLDEST_CHILD = 17;
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    private ChildDeathReview() {
    }
}
