package org.iowscb.learningloop.casereview.multiagencycasereview;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.longVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.RecordListVariable;

/**
 * Process API of {@code processes/multi-agency-case-review.bpmn}: a safeguarding incident below
 * the SCR threshold is reviewed by a multi-agency panel the Serious Case Review Sub Group sets up,
 * possibly led by an independent reviewer; every involved agency gives its information in
 * parallel; the panel agrees the analysis; the report goes to the Sub Group, which accepts it or
 * returns it with reasons. A target timetable (3 months) brings a reminder before it and an
 * escalation when it passes. The agreed findings go to the learning loop.
 */
public final class MultiAgencyCaseReview {

    public static final String KEY = CaseType.MULTI_AGENCY_CASE_REVIEW.processKey();

    /** The review's target: this many calendar months after it starts, on a working day. */
    public static final int TARGET_MONTHS = 3;
    /** The business unit is reminded this many weeks before the target date. */
    public static final int REMINDER_WEEKS_BEFORE_TARGET = 2;

    /** Longest free text accepted in any field of this process (a String variable's limit). */
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    /** Element ids of the model. */
    public static final class Elements {
        public static final String REVIEW_COMMISSIONED = "review-commissioned";
        public static final String CASE_REVIEW = "case-review";
        public static final String SET_UP_PANEL = "set-up-panel";
        public static final String INDEPENDENT_REVIEWER_LEADS_GATEWAY = "independent-reviewer-leads";
        public static final String APPOINT_INDEPENDENT_REVIEWER = "appoint-independent-reviewer";
        public static final String PROVIDE_AGENCY_INFORMATION = "provide-agency-information";
        public static final String AGREE_ANALYSIS = "agree-analysis";
        public static final String DRAFT_REVIEW_REPORT = "draft-review-report";
        public static final String CONSIDER_REVIEW_REPORT = "consider-review-report";
        public static final String REPORT_ACCEPTED_GATEWAY = "report-accepted";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String CASE_REVIEW_CONCLUDED = "case-review-concluded";
        public static final String TARGET_DATE_NEAR = "target-date-near";
        public static final String CHECK_TIMETABLE = "check-timetable";
        public static final String TIMETABLE_CHECKED = "timetable-checked";
        public static final String TARGET_DATE_PASSED = "target-date-passed";
        public static final String ACT_ON_OVERDUE_REVIEW = "act-on-overdue-review";
        public static final String OVERDUE_REVIEW_ACTED_ON = "overdue-review-acted-on";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String REVIEW_COMPLETED = "review-completed";

        private Elements() {
        }
    }

    /** The agencies whose involvement is reviewed: existing {@code agency-*} group ids, at least one. */
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    /** The day the local authority became aware of the incident, {@code yyyy-MM-dd}, not in the future. */
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = CaseVariables.INCIDENT_KNOWN_ON;

    /** Facts a referral passes on (case-review-referral); not asked on a direct start. */
    public static final ProcessVariable<Long> CHILD_AGE_YEARS = longVariable("childAgeYears");
    public static final ProcessVariable<Boolean> CHILD_DIED = booleanVariable("childDied");
    public static final ProcessVariable<String> REFERRING_AGENCY = CaseVariables.REFERRING_AGENCY;

    /** The target timetable, {@code yyyy-MM-dd}, set when the review starts. */
    public static final ProcessVariable<String> TARGET_DATE = stringVariable("targetDate");
    public static final ProcessVariable<String> REMINDER_DATE = stringVariable("reminderDate");

    /** The panel: scope, terms of reference, and whether an independent reviewer leads it. */
    public static final ProcessVariable<String> SCOPE = stringVariable("scope");
    public static final ProcessVariable<String> TERMS_OF_REFERENCE = stringVariable("termsOfReference");
    public static final ProcessVariable<Boolean> INDEPENDENT_REVIEWER_LEADS =
        booleanVariable("independentReviewerLeads");
    /** Who drafts the report: {@code independent-reviewers} or {@code business-unit}, from the decision above. */
    public static final ProcessVariable<String> REPORT_AUTHOR_GROUP = stringVariable("reportAuthorGroup");

    /** The business unit's appointment of the independent reviewer. */
    public static final ProcessVariable<String> INDEPENDENT_REVIEWER = stringVariable("independentReviewer");
    public static final ProcessVariable<Boolean> REVIEWER_INDEPENDENT = booleanVariable("reviewerIndependent");

    /** One agency's information (local to its task); collected into {@link #AGENCY_INFORMATION}. */
    public static final ProcessVariable<String> AGENCY = stringVariable("agency");
    public static final ProcessVariable<String> CHRONOLOGY = stringVariable("chronology");
    public static final ProcessVariable<String> ANALYSIS = stringVariable("analysis");
    public static final ProcessVariable<String> AGENCY_LEARNING = stringVariable("agencyLearning");
    /** Every agency's latest information, for the panel's and the author's forms. */
    public static final RecordListVariable<AgencyInformation> AGENCY_INFORMATION =
        RecordListVariable.recordListVariable("agencyInformation", AgencyInformation.class);

    /** One agency's information: its chronology, its analysis and its own learning. */
    public record AgencyInformation(String agency, String chronology, String analysis, String agencyLearning) {
    }

    /** The panel meeting. */
    public static final ProcessVariable<String> PANEL_MET_ON = stringVariable("panelMetOn");
    public static final ProcessVariable<String> PANEL_ANALYSIS = stringVariable("panelAnalysis");

    /** The report, and the Sub Group's decision on it. */
    public static final ProcessVariable<String> REVIEW_REPORT = stringVariable("reviewReport");
    public static final ProcessVariable<String> RECOMMENDATIONS = stringVariable("recommendations");
    public static final ProcessVariable<Boolean> REPORT_ACCEPTED = booleanVariable("reportAccepted");
    public static final ProcessVariable<String> RETURN_REASONS = stringVariable("returnReasons");
    /** The reasons of the last return, kept for the Sub Group once the author has revised the report. */
    public static final ProcessVariable<String> LAST_RETURN_REASONS = stringVariable("lastReturnReasons");

    /** The timetable reminder and the escalation. */
    public static final ProcessVariable<String> PROGRESS_NOTE = stringVariable("progressNote");
    public static final ProcessVariable<String> DELAY_REASONS = stringVariable("delayReasons");
    public static final ProcessVariable<String> ACTIONS_AGREED = stringVariable("actionsAgreed");

    private MultiAgencyCaseReview() {
    }
}
