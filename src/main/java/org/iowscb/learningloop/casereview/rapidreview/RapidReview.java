package org.iowscb.learningloop.casereview.rapidreview;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import java.util.List;

import org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;

/**
 * Process API of {@code processes/rapid-review.bpmn} (Working Together 2023): the safeguarding
 * partners gather the facts from the agencies involved, decide, advised by the {@code lcspr-decision}
 * table, whether the case may meet the criteria for a local child safeguarding practice review,
 * send the rapid review to the Panel and record its response, within 15 working days of the local
 * authority becoming aware of the incident. A decision to hold a local review starts it
 * ({@code local-child-safeguarding-practice-review}).
 */
public final class RapidReview {

    public static final String KEY = CaseType.RAPID_REVIEW.processKey();
    public static final String DECISION_LCSPR = "lcspr-decision";

    /** Element ids of the model. */
    public static final class Elements {
        public static final String STARTED = "rapid-review-started";
        public static final String ASK_AGENCIES_FOR_FACTS = "ask-agencies-for-facts";
        public static final String PROVIDE_AGENCY_FACTS = "provide-agency-facts";
        public static final String CONSIDER_CRITERIA = "consider-criteria";
        public static final String ADVISE_LCSPR = "advise-lcspr";
        public static final String DECIDE_LCSPR = "decide-lcspr";
        public static final String SEND_TO_PANEL = "send-to-panel";
        public static final String RECORD_PANEL_RESPONSE = "record-panel-response";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String START_LCSPR = "start-lcspr";
        public static final String LCSPR_TO_COMMISSION = "lcspr-to-commission";
        public static final String NO_LOCAL_REVIEW = "no-local-review";

        private Elements() {
        }
    }

    // start: the incident's facts
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = CaseVariables.INCIDENT_KNOWN_ON;
    public static final ProcessVariable<Long> CHILD_AGE_YEARS = SeriousIncidentNotification.CHILD_AGE_YEARS;
    public static final ProcessVariable<Boolean> ABUSE_OR_NEGLECT = SeriousIncidentNotification.ABUSE_OR_NEGLECT;
    public static final ProcessVariable<Boolean> CHILD_DIED = SeriousIncidentNotification.CHILD_DIED;
    public static final ProcessVariable<Boolean> CHILD_SERIOUSLY_HARMED = SeriousIncidentNotification.CHILD_SERIOUSLY_HARMED;
    public static final ProcessVariable<String> REFERRING_AGENCY = CaseVariables.REFERRING_AGENCY;

    /** The day the rapid review is due (yyyy-MM-dd): 15 working days after the incident became known. */
    public static final ProcessVariable<String> RAPID_REVIEW_DUE_ON = stringVariable("rapidReviewDueOn");

    // ask-agencies-for-facts, provide-agency-facts
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    /** The agency of one facts task (the multi-instance element). */
    public static final ProcessVariable<String> AGENCY = stringVariable("agency");
    public static final ProcessVariable<String> AGENCY_FACTS = stringVariable("agencyFacts");
    /** Every agency's latest facts, shown to the case review group. */
    public static final String AGENCY_FACTS_RETURNED = "agencyFactsReturned";

    // consider-criteria: Regulation 11 of the 2018 Regulations
    public static final ProcessVariable<Boolean> IMPROVEMENTS_NEEDED = booleanVariable("improvementsNeeded");
    public static final ProcessVariable<Boolean> RECURRENT_THEMES = booleanVariable("recurrentThemes");
    public static final ProcessVariable<Boolean> AGENCIES_WORKING_TOGETHER_CONCERN = booleanVariable("agenciesWorkingTogetherConcern");
    public static final ProcessVariable<Boolean> PANEL_ADVISED_LOCAL_REVIEW = booleanVariable("panelAdvisedLocalReview");
    public static final ProcessVariable<String> IMMEDIATE_ACTIONS = stringVariable("immediateActions");

    // advise-lcspr, decide-lcspr
    public static final ProcessVariable<String> RECOMMENDED_REVIEW = stringVariable("recommendedReview");
    public static final ProcessVariable<String> DECIDED_REVIEW = stringVariable("decidedReview");
    public static final ProcessVariable<String> DECISION_REASONS = stringVariable("decisionReasons");

    // send-to-panel, record-panel-response
    public static final ProcessVariable<String> SENT_TO_PANEL_ON = stringVariable("sentToPanelOn");
    public static final ProcessVariable<String> PANEL_RESPONSE = stringVariable("panelResponse");
    public static final ProcessVariable<String> PANEL_COMMENTS = stringVariable("panelSaid");

    // record-findings
    public static final ProcessVariable<String> FINDINGS = LearningLoop.FINDINGS;

    // start-lcspr
    /** The case reference of the local child safeguarding practice review this rapid review started. */
    public static final ProcessVariable<String> LCSPR_REFERENCE = stringVariable("lcsprReference");

    public static final String LCSPR = "LCSPR";
    public static final String NO_REVIEW = "NONE";
    public static final List<String> REVIEWS = List.of(LCSPR, NO_REVIEW);
    public static final String AGREED = "AGREED";
    public static final String CHANGE_ASKED = "CHANGE_ASKED";
    public static final List<String> RESPONSES = List.of(AGREED, CHANGE_ASKED);
    public static final int MAX_TEXT = 4000;

    private RapidReview() {
    }
}
