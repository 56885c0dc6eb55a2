package org.iowscb.learningloop.casereview.lcspr;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.AgencyChoices;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;

/**
 * Process API of {@code processes/local-child-safeguarding-practice-review.bpmn} (Working Together
 * 2023): the safeguarding partners' local child safeguarding practice review, from their decision
 * to hold it, through the independent reviewer, the terms of reference, practitioners and family,
 * the draft and the final report, the copy to the Panel and the Secretary of State before
 * publication (or the reasons not to publish), the partners' response, to its findings handed to
 * the learning loop.
 */
public final class LocalChildSafeguardingPracticeReview {

    public static final String KEY = CaseType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW.processKey();

    /** Longest free text accepted in any field of this process. */
    public static final int MAX_TEXT = InputCheck.MAX_NARRATIVE;
    /** Longest document reference or link accepted. */
    public static final int MAX_REFERENCE = 500;

    /** Element ids of the model. */
    public static final class Elements {
        public static final String STARTED = "lcspr-decided";
        public static final String APPOINT_REVIEWER = "appoint-reviewer";
        public static final String AGREE_TERMS_OF_REFERENCE = "agree-terms-of-reference";
        public static final String INVOLVE_PRACTITIONERS = "involve-practitioners";
        public static final String INVOLVE_FAMILY = "involve-family";
        public static final String DRAFT_REPORT = "draft-report";
        public static final String ACCEPT_FINAL_REPORT = "accept-final-report";
        public static final String DECIDE_PUBLICATION = "decide-publication";
        public static final String SEND_REPORT = "send-report-to-panel-and-secretary-of-state";
        public static final String PUBLISH_REPORT = "publish-report";
        public static final String WRITE_PARTNERS_RESPONSE = "write-partners-response";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String ENDED = "lcspr-ended";
        public static final String REVIEW_LATE = "review-late";
        public static final String REVIEW_DUE_PASSED = "review-due-passed";
        public static final String AGREE_REVISED_TIMETABLE = "agree-revised-timetable";

        private Elements() {
        }
    }

    // start: the partners' decision, and the facts of the rapid review when it started the case
    /** ISO date of the partners' decision to hold the review; today when not given; not in the future. */
    public static final ProcessVariable<String> DECIDED_ON = stringVariable("decidedOn");
    /** The day the review should be completed: 6 months (configurable) after the decision. */
    public static final ProcessVariable<String> REVIEW_DUE_ON = stringVariable("reviewDueOn");
    /** The due date first set, so a revised timetable counts as slippage on the board page. */
    public static final ProcessVariable<String> FIRST_REVIEW_DUE_ON = stringVariable("firstReviewDueOn");
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = CaseVariables.INCIDENT_KNOWN_ON;
    public static final ProcessVariable<String> REFERRING_AGENCY = CaseVariables.REFERRING_AGENCY;
    public static final ProcessVariable<Boolean> CHILD_DIED = booleanVariable("childDied");

    // appoint-reviewer: independence recorded
    public static final ProcessVariable<String> INDEPENDENT_REVIEWER = stringVariable("independentReviewer");
    public static final ProcessVariable<Boolean> REVIEWER_INDEPENDENCE_CONFIRMED =
        booleanVariable("reviewerIndependenceConfirmed");
    public static final ProcessVariable<String> INDEPENDENCE_STATEMENT = stringVariable("independenceStatement");
    public static final String REVIEWER_OPTIONS = AgencyChoices.REVIEWER_OPTIONS;

    // agree-terms-of-reference
    public static final ProcessVariable<String> TERMS_OF_REFERENCE = stringVariable("termsOfReference");

    // involve-practitioners, involve-family
    public static final ProcessVariable<String> PRACTITIONERS_INVOLVED_ON = stringVariable("practitionersInvolvedOn");
    public static final ProcessVariable<String> PRACTITIONERS_INVOLVEMENT = stringVariable("practitionersInvolvement");
    public static final ProcessVariable<Boolean> NO_BLAME_EXPLAINED = booleanVariable("practitionersToldNoBlame");
    public static final ProcessVariable<String> FAMILY_INVITED_ON = stringVariable("familyInvitedOn");
    public static final ProcessVariable<String> FAMILY_INVOLVEMENT = stringVariable("familyInvolvement");
    public static final ProcessVariable<Boolean> FAMILY_TOLD_HOW = booleanVariable("familyToldHow");

    // draft-report, accept-final-report
    public static final ProcessVariable<String> REPORT_REFERENCE = stringVariable("reportReference");
    public static final ProcessVariable<String> REPORT_SUMMARY = stringVariable("reportSummary");
    public static final ProcessVariable<String> RECOMMENDATIONS = stringVariable("recommendations");
    public static final ProcessVariable<Boolean> REPORT_ACCEPTED = booleanVariable("finalReportAccepted");
    public static final ProcessVariable<String> RETURN_REASONS = stringVariable("returnReasons");

    // decide-publication, send-report, publish-report
    public static final ProcessVariable<Boolean> PUBLISH = booleanVariable("publish");
    public static final ProcessVariable<String> REASONS_NOT_TO_PUBLISH = stringVariable("reasonsNotToPublish");
    public static final ProcessVariable<String> REPORT_SENT_ON = stringVariable("reportSentOn");
    public static final ProcessVariable<String> PLANNED_PUBLICATION_ON = stringVariable("plannedPublicationOn");
    public static final ProcessVariable<String> PUBLISHED_ON = stringVariable("publishedOn");
    public static final ProcessVariable<String> PUBLICATION_LINK = stringVariable("publishedReportLink");

    // agree-revised-timetable
    public static final ProcessVariable<String> DELAY_REASONS = stringVariable("delayReasons");
    public static final ProcessVariable<String> REVISED_COMPLETION_ON = stringVariable("revisedCompletionOn");

    // write-partners-response, record-findings
    public static final ProcessVariable<String> PARTNERS_RESPONSE = stringVariable("partnersResponse");
    public static final ProcessVariable<String> FINDINGS = LearningLoop.FINDINGS;

    private LocalChildSafeguardingPracticeReview() {
    }
}
