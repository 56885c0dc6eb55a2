package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.identity.AgencyChoices;
import org.iowscb.learningloop.platform.process.RecordListVariable;

/**
 * Process API of {@code processes/serious-case-review.bpmn}: a Serious Case Review (Regulation 5
 * of the LSCB Regulations 2006) from the decision to initiate it, through the agencies' reports,
 * the independent reviewer's report and the Board's response, to publication, the 12-month
 * publication period and the hand-over of its findings to the learning loop. Target: 6 months
 * from initiation to the Board's response.
 */
public final class SeriousCaseReview {

    public static final String KEY = CaseType.SERIOUS_CASE_REVIEW.processKey();

    /** Months from initiation to the reminder that the review is due in a month. */
    public static final int REMINDER_MONTHS = 5;
    /** Months from initiation to completion (Working Together 2013: the aim). */
    public static final int TARGET_MONTHS = 6;
    /** Months the published report stays on the website at least. */
    public static final int PUBLICATION_MONTHS = 12;
    /** Days between the copy to the national panel and publication, at least. */
    public static final int NATIONAL_PANEL_NOTICE_DAYS = 7;

    /** Longest free text accepted in any field of this process. */
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;
    /** Longest document reference or link accepted. */
    public static final int MAX_REFERENCE = 500;

    /** Element ids of the model. */
    public static final class Elements {
        public static final String REVIEW_INITIATED = "review-initiated";
        public static final String REVIEW_WORK = "review-within-six-months";
        public static final String NOTIFY_INITIATION = "notify-initiation";
        public static final String APPOINT_REVIEWER = "appoint-reviewer";
        public static final String AGREE_TERMS_OF_REFERENCE = "agree-terms-of-reference";
        public static final String PROVIDE_AGENCY_REPORT = "provide-agency-report";
        public static final String INVITE_PROFESSIONALS = "invite-professionals";
        public static final String INVITE_FAMILY = "invite-family";
        public static final String DRAFT_REPORT = "draft-report";
        public static final String PANEL_ACCEPTS_REPORT = "panel-accepts-report";
        public static final String BOARD_ACCEPTS_REPORT = "board-accepts-report";
        public static final String WRITE_BOARD_RESPONSE = "write-board-response";
        public static final String REPORT_AND_RESPONSE_AGREED = "report-and-response-agreed";
        public static final String REVIEW_DUE_IN_A_MONTH = "review-due-in-a-month";
        public static final String CHECK_REVIEW_ON_TRACK = "check-review-on-track";
        public static final String PROGRESS_CHECKED = "progress-checked";
        public static final String REVIEW_OVERDUE = "review-overdue";
        public static final String AGREE_REVISED_TIMETABLE = "agree-revised-timetable";
        public static final String REVISED_TIMETABLE_AGREED = "revised-timetable-agreed";
        public static final String SEND_COPY_TO_NATIONAL_PANEL = "send-copy-to-national-panel";
        public static final String PUBLISH_REPORT = "publish-report";
        public static final String PUBLICATION_PERIOD_ENDED = "publication-period-ended";
        public static final String DECIDE_AFTER_PUBLICATION_PERIOD = "decide-after-publication-period";
        public static final String KEPT_UNTIL = "kept-until";
        public static final String REPORT_REMOVED = "report-removed";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String HAND_OVER_FINDINGS = "hand-over-findings";
        public static final String FINDINGS_HANDED_OVER = "findings-handed-over";

        private Elements() {
        }
    }

    // initiation (start form, or the referral's variables)
    /** ISO date of the decision to initiate; today when not given; not in the future. */
    public static final ProcessVariable<String> INITIATED_ON = stringVariable("initiatedOn");
    /** The agencies asked for a chronology and a management report; one task each. */
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    public static final ProcessVariable<Boolean> CHILD_DIED = booleanVariable("childDied");
    /** ISO date the local authority became aware of the incident (from the referral). */
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = CaseVariables.INCIDENT_KNOWN_ON;

    // notify Ofsted, DfE and the national panel
    public static final ProcessVariable<Boolean> OFSTED_NOTIFIED = booleanVariable("ofstedNotified");
    public static final ProcessVariable<Boolean> DFE_NOTIFIED = booleanVariable("dfeNotified");
    public static final ProcessVariable<Boolean> NATIONAL_PANEL_NOTIFIED = booleanVariable("nationalPanelNotified");
    public static final ProcessVariable<String> NOTIFIED_ON = stringVariable("notifiedOn");

    // appoint the independent reviewer
    /** The user id of the reviewer, a member of {@code independent-reviewers}. */
    public static final ProcessVariable<String> INDEPENDENT_REVIEWER = stringVariable("independentReviewer");
    /** Confirms the reviewer is independent of the case and of the organisations reviewed. */
    public static final ProcessVariable<Boolean> REVIEWER_INDEPENDENCE_CONFIRMED =
        booleanVariable("reviewerIndependenceConfirmed");
    /** The reviewers to choose from, {@code [{label, value}]} for the form's select. */
    public static final String REVIEWER_OPTIONS = AgencyChoices.REVIEWER_OPTIONS;

    // terms of reference
    public static final ProcessVariable<String> TERMS_OF_REFERENCE = stringVariable("termsOfReference");

    // each agency's chronology and individual management report (local to its task)
    /** The agency of one report task (the multi-instance element variable). */
    public static final ProcessVariable<String> AGENCY = stringVariable("agency");
    public static final ProcessVariable<Boolean> CHRONOLOGY_PROVIDED = booleanVariable("chronologyProvided");
    public static final ProcessVariable<Boolean> MANAGEMENT_REPORT_PROVIDED = booleanVariable("managementReportProvided");
    public static final ProcessVariable<String> AGENCY_REPORT_REFERENCE = stringVariable("agencyReportReference");
    public static final ProcessVariable<String> AGENCY_KEY_ISSUES = stringVariable("agencyKeyIssues");
    /** Every agency's report as it arrived, for the reviewer's form. */
    public static final RecordListVariable<AgencyReport> AGENCY_REPORTS =
        RecordListVariable.recordListVariable("agencyReports", AgencyReport.class);

    /** One agency's report: its document reference, the key issues for the agency, and when it was sent. */
    public record AgencyReport(String agency, String reference, String keyIssues, String sentOn) {
    }

    // professionals and family
    public static final ProcessVariable<String> PROFESSIONALS_INVITED_ON = stringVariable("professionalsInvitedOn");
    public static final ProcessVariable<String> PROFESSIONALS_INVOLVEMENT = stringVariable("professionalsInvolvement");
    public static final ProcessVariable<Boolean> NO_BLAME_EXPLAINED = booleanVariable("noBlameExplained");
    public static final ProcessVariable<String> FAMILY_INVITED_ON = stringVariable("familyInvitedOn");
    public static final ProcessVariable<String> FAMILY_INVOLVEMENT = stringVariable("familyInvolvement");
    public static final ProcessVariable<String> FAMILY_EXPECTATIONS = stringVariable("familyExpectations");
    public static final ProcessVariable<String> SURVIVING_CHILDREN_INVOLVEMENT =
        stringVariable("survivingChildrenInvolvement");
    public static final ProcessVariable<Boolean> FAMILY_TOLD_HOW = booleanVariable("familyToldHow");

    // the overview report
    public static final ProcessVariable<String> OVERVIEW_REPORT_REFERENCE = stringVariable("overviewReportReference");
    public static final ProcessVariable<String> REPORT_SUMMARY = stringVariable("reportSummary");
    public static final ProcessVariable<String> RECOMMENDATIONS = stringVariable("recommendations");
    public static final ProcessVariable<Boolean> PANEL_ACCEPTED = booleanVariable("panelAccepted");
    public static final ProcessVariable<String> PANEL_COMMENTS = stringVariable("panelComments");
    public static final ProcessVariable<Boolean> BOARD_ACCEPTED = booleanVariable("boardAccepted");
    public static final ProcessVariable<String> BOARD_COMMENTS = stringVariable("boardComments");
    public static final ProcessVariable<String> BOARD_RESPONSE = stringVariable("boardResponse");

    // the 6-month target
    public static final ProcessVariable<Boolean> ON_TRACK = booleanVariable("onTrack");
    public static final ProcessVariable<String> PROGRESS_NOTE = stringVariable("progressNote");
    public static final ProcessVariable<String> EXPECTED_COMPLETION_ON = stringVariable("expectedCompletionOn");
    public static final ProcessVariable<String> DELAY_REASONS = stringVariable("delayReasons");
    public static final ProcessVariable<String> REVISED_COMPLETION_ON = stringVariable("revisedCompletionOn");

    // publication
    public static final ProcessVariable<String> COPY_SENT_ON = stringVariable("copySentOn");
    public static final ProcessVariable<String> PLANNED_PUBLICATION_ON = stringVariable("plannedPublicationOn");
    public static final ProcessVariable<String> PUBLISHED_ON = stringVariable("publishedOn");
    public static final ProcessVariable<String> PUBLICATION_LINK = stringVariable("publicationLink");
    public static final ProcessVariable<Boolean> KEEP_PUBLISHED = booleanVariable("keepPublished");
    public static final ProcessVariable<String> KEEP_UNTIL = stringVariable("keepUntil");
    public static final ProcessVariable<String> PUBLICATION_NOTE = stringVariable("publicationNote");

    private SeriousCaseReview() {
    }
}
