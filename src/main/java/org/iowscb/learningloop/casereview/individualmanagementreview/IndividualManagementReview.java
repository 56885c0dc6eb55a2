package org.iowscb.learningloop.casereview.individualmanagementreview;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.longVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;

/**
 * Process API of {@code processes/individual-management-review.bpmn}: below the SCR threshold,
 * with limited concerns about how organisations worked together, one partner agency reviews its
 * own involvement and reports to the IOWSCB via the Serious Case Review Sub Group, which accepts
 * the review or sends it back with reasons. The agreed findings go to the learning loop.
 */
public final class IndividualManagementReview {

    public static final String KEY = CaseType.INDIVIDUAL_MANAGEMENT_REVIEW.processKey();

    /** Working days the agency has for its review, and for a review sent back to it. */
    public static final int AGENCY_REVIEW_WORKING_DAYS = 30;
    public static final int REVISION_WORKING_DAYS = 10;
    /** Working days the SCR Sub Group has to consider a review, and to record its findings. */
    public static final int CONSIDERATION_WORKING_DAYS = 15;
    public static final int FINDINGS_WORKING_DAYS = 10;

    /** Longest free text accepted in any field of this process (a String variable's limit). */
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    /** Element ids of the model. */
    public static final class Elements {
        public static final String REVIEW_COMMISSIONED = "review-commissioned";
        public static final String REVIEW_OWN_INVOLVEMENT = "review-own-involvement";
        public static final String CONSIDER_MANAGEMENT_REVIEW = "consider-management-review";
        public static final String REVIEW_ACCEPTED_GATEWAY = "review-accepted";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String REVIEW_COMPLETED = "review-completed";

        private Elements() {
        }
    }

    /** The one agency that reviews its own involvement: an existing {@code agency-*} group id. */
    public static final ProcessVariable<String> REVIEWING_AGENCY = CaseVariables.REVIEWING_AGENCY;
    /** The day the local authority became aware of the incident, {@code yyyy-MM-dd}, not in the future. */
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = CaseVariables.INCIDENT_KNOWN_ON;
    /** The agencies involved; for this review the reviewing agency alone unless a referral said more. */
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    /** What the SCR Sub Group wants the review to look at (optional on a direct start). */
    public static final ProcessVariable<String> REVIEW_QUESTIONS = stringVariable("reviewQuestions");

    /** Facts a referral passes on (case-review-referral); not asked on a direct start. */
    public static final ProcessVariable<Long> CHILD_AGE_YEARS = longVariable("childAgeYears");
    public static final ProcessVariable<Boolean> CHILD_DIED = booleanVariable("childDied");
    public static final ProcessVariable<String> REFERRING_AGENCY = CaseVariables.REFERRING_AGENCY;

    /** The agency's review. */
    public static final ProcessVariable<String> CHRONOLOGY = stringVariable("chronology");
    public static final ProcessVariable<String> ANALYSIS = stringVariable("analysis");
    public static final ProcessVariable<String> RECOMMENDATIONS = stringVariable("recommendations");
    public static final ProcessVariable<String> ACTION_POINTS = stringVariable("actionPoints");

    /** The SCR Sub Group's decision; the reasons are required when it sends the review back. */
    public static final ProcessVariable<Boolean> REVIEW_ACCEPTED = booleanVariable("reviewAccepted");
    public static final ProcessVariable<String> RETURN_REASONS = stringVariable("returnReasons");
    /** The reasons of the last return, kept for the Sub Group once the agency has revised its review. */
    public static final ProcessVariable<String> LAST_RETURN_REASONS = stringVariable("lastReturnReasons");

    private IndividualManagementReview() {
    }
}
