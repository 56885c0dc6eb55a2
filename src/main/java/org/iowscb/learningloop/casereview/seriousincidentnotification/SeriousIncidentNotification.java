package org.iowscb.learningloop.casereview.seriousincidentnotification;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * Process API of {@code processes/serious-incident-notification.bpmn} (Working Together 2023):
 * the local authority notifies the Child Safeguarding Practice Review Panel and tells the
 * safeguarding partners; where a looked-after child died, it also notifies Ofsted and the
 * Secretary of State; a serious child safeguarding case then goes to a rapid review.
 */
public final class SeriousIncidentNotification {

    public static final String KEY = CaseType.SERIOUS_INCIDENT_NOTIFICATION.processKey();

    /** Element ids of the model. */
    public static final class Elements {
        public static final String INCIDENT_KNOWN = "serious-incident-known";
        public static final String NOTIFY_PANEL = "notify-panel";
        public static final String TELL_SAFEGUARDING_PARTNERS = "tell-safeguarding-partners";
        public static final String NOTIFY_OFSTED = "notify-ofsted";
        public static final String NOTIFY_SECRETARY_OF_STATE = "notify-secretary-of-state";
        public static final String START_RAPID_REVIEW = "start-rapid-review";
        public static final String INCIDENT_NOTIFIED = "incident-notified";

        private Elements() {
        }
    }

    // start: the facts, as a referral gives them (the same variables)
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = CaseVariables.INCIDENT_KNOWN_ON;
    public static final ProcessVariable<Long> CHILD_AGE_YEARS = CaseReviewReferral.CHILD_AGE_YEARS;
    public static final ProcessVariable<Boolean> ABUSE_OR_NEGLECT = CaseReviewReferral.ABUSE_OR_NEGLECT;
    public static final ProcessVariable<Boolean> CHILD_DIED = CaseReviewReferral.CHILD_DIED;
    public static final ProcessVariable<Boolean> CHILD_SERIOUSLY_HARMED = CaseReviewReferral.CHILD_SERIOUSLY_HARMED;
    public static final ProcessVariable<String> REFERRING_AGENCY = CaseVariables.REFERRING_AGENCY;
    public static final ProcessVariable<String> SUMMARY = CaseReviewReferral.SUMMARY;

    // set at the start
    /** Abuse or neglect known or suspected, and the child died or was seriously harmed: a rapid review follows. */
    public static final ProcessVariable<Boolean> SERIOUS_CHILD_SAFEGUARDING_CASE = booleanVariable("seriousChildSafeguardingCase");
    public static final ProcessVariable<String> PANEL_NOTIFICATION_DUE_ON = stringVariable("panelNotificationDueOn");
    public static final ProcessVariable<String> PARTNERS_TOLD_DUE_ON = stringVariable("partnersToldDueOn");
    public static final ProcessVariable<String> OFSTED_AND_SECRETARY_OF_STATE_DUE_ON = stringVariable("ofstedAndSecretaryOfStateDueOn");
    public static final ProcessVariable<String> RAPID_REVIEW_REFERENCE = stringVariable("rapidReviewReference");

    // notify-panel
    public static final ProcessVariable<String> PANEL_NOTIFIED_ON = stringVariable("panelNotifiedOn");
    public static final ProcessVariable<String> PANEL_NOTIFIED_HOW = stringVariable("panelNotifiedHow");
    public static final ProcessVariable<String> PANEL_REFERENCE = stringVariable("panelReference");
    public static final ProcessVariable<Boolean> LOOKED_AFTER_CHILD = booleanVariable("lookedAfterChild");

    // tell-safeguarding-partners
    public static final ProcessVariable<String> PARTNERS_TOLD_ON = stringVariable("partnersToldOn");
    public static final ProcessVariable<String> PARTNERS_TOLD_HOW = stringVariable("partnersToldHow");

    // notify-ofsted, notify-secretary-of-state
    public static final ProcessVariable<String> OFSTED_NOTIFIED_ON = CaseReviewReferral.OFSTED_NOTIFIED_ON;
    public static final ProcessVariable<String> OFSTED_NOTIFIED_HOW = stringVariable("ofstedNotifiedHow");
    public static final ProcessVariable<String> SECRETARY_OF_STATE_NOTIFIED_ON = stringVariable("secretaryOfStateNotifiedOn");
    public static final ProcessVariable<String> SECRETARY_OF_STATE_NOTIFIED_HOW = stringVariable("secretaryOfStateNotifiedHow");

    public static final int MAX_HOW = 200;
    public static final int MAX_REFERENCE = 100;

    private SeriousIncidentNotification() {
    }
}
