package org.iowscb.learningloop.audit.singleagencyaudit;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.audit.caseaudit.CaseAudit;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;

/**
 * Process API of {@code processes/single-agency-audit.bpmn}: one partner agency audits its own
 * practice on a sample of cases with the standard audit tool and reports to the IOWSCB via the
 * Performance and Quality Assurance Sub Group, which accepts the audit or challenges it (back to
 * the agency with the challenge, as often as needed). The business unit chases an audit that
 * passes its due date. The accepted findings go to the learning loop.
 */
public final class SingleAgencyAudit {

    public static final String KEY = CaseType.SINGLE_AGENCY_AUDIT.processKey();

    /** Working days an agency has to answer a challenge. */
    public static final int CHALLENGE_WORKING_DAYS = 10;
    /** Longest focus accepted. */
    public static final int MAX_AUDIT_FOCUS = 1000;
    /** Longest free text accepted in any other field. */
    public static final int MAX_TEXT = CaseAudit.MAX_TEXT;

    /** Element ids of the model. */
    public static final class Elements {
        public static final String AUDIT_COMMISSIONED = "audit-commissioned";
        public static final String AUDIT_OWN_PRACTICE = "audit-own-practice";
        public static final String AUDIT_OVERDUE = "audit-overdue";
        public static final String CHASE_OVERDUE_AUDIT = "chase-overdue-audit";
        public static final String OVERDUE_AUDIT_CHASED = "overdue-audit-chased";
        public static final String CONSIDER_AGENCY_AUDIT = "consider-agency-audit";
        public static final String AUDIT_ACCEPTED_GATEWAY = "audit-accepted";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String AUDIT_COMPLETED = "audit-completed";

        private Elements() {
        }
    }

    /** The agency that audits its own practice: an existing {@code agency-*} group id. */
    public static final ProcessVariable<String> AUDITING_AGENCY = CaseVariables.AUDITING_AGENCY;
    /** The agencies of the case: the auditing agency alone. */
    public static final StringListVariable INVOLVED_AGENCIES = CaseAudit.INVOLVED_AGENCIES;
    /** The practice audited, for example "strategy discussions held within one working day". */
    public static final ProcessVariable<String> AUDIT_FOCUS = CaseVariables.AUDIT_FOCUS;
    public static final ProcessVariable<String> AUDIT_QUESTIONS = CaseAudit.AUDIT_QUESTIONS;
    /** Case references, never names: see {@link org.iowscb.learningloop.audit.caseaudit.CaseSample}. */
    public static final ProcessVariable<String> CASE_SAMPLE = CaseAudit.CASE_SAMPLE;
    public static final ProcessVariable<Long> SAMPLE_SIZE = CaseAudit.SAMPLE_SIZE;
    /** The deadline the PQA Sub Group set, {@code yyyy-MM-dd}, after the day the audit starts. */
    public static final ProcessVariable<String> AUDIT_DEADLINE = CaseAudit.AUDIT_DEADLINE;
    /** When the agency's audit is due now: the deadline, or 10 working days after a challenge. */
    public static final ProcessVariable<String> AUDIT_DUE_ON = stringVariable("auditDueOn");

    /** The agency's audit with the standard audit tool, and its single-agency action plan. */
    public static final ProcessVariable<Long> CASES_AUDITED = CaseAudit.CASES_AUDITED;
    public static final ProcessVariable<String> WORKED_WELL = CaseAudit.WORKED_WELL;
    public static final ProcessVariable<String> DID_NOT_WORK_WELL = CaseAudit.DID_NOT_WORK_WELL;
    public static final ProcessVariable<String> GRADING = CaseAudit.GRADING;
    public static final ProcessVariable<String> AGENCY_LEARNING = CaseAudit.AGENCY_LEARNING;
    public static final ProcessVariable<String> ACTION_PLAN = CaseAudit.ACTION_PLAN;

    /** The business unit's chasing of an overdue audit. */
    public static final ProcessVariable<String> CHASE_NOTE = CaseAudit.CHASE_NOTE;

    /** The PQA Sub Group's decision; the challenge is required when it does not accept the audit. */
    public static final ProcessVariable<Boolean> AUDIT_ACCEPTED = booleanVariable("auditAccepted");
    public static final ProcessVariable<String> CHALLENGE = stringVariable("challenge");
    /** The last challenge, kept for the Sub Group once the agency has answered it. */
    public static final ProcessVariable<String> LAST_CHALLENGE = stringVariable("lastChallenge");

    private SingleAgencyAudit() {
    }
}
