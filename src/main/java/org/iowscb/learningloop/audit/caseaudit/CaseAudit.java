package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.longVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.RecordListVariable;

/**
 * What the two multi-agency case audits share ({@code thematic-case-audit} and
 * {@code multi-agency-case-audit}, each with its own process API class): the element ids of
 * their common shape and the variables of the commission, the standard audit tool, the chasing
 * of non-responders, the moderation and the PQA Sub Group's decision. The PQA Sub Group (or the
 * business unit) commissions the audit of a case sample; every agency taking part audits the
 * sample in its own task by the deadline; the business unit chases the agencies that have not
 * replied before it, the PQA chair escalates after it; a moderation meeting agrees the findings
 * and a multi-agency action plan; the Sub Group accepts the report or returns it.
 */
public final class CaseAudit {

    /** The business unit is reminded to chase this many working days before the deadline. */
    public static final int REMINDER_WORKING_DAYS_BEFORE_DEADLINE = 5;
    /** Longest free text accepted in any field of an audit (a String variable's limit). */
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    /**
     * Element ids both multi-agency audit models share; each model's process API class has its
     * own {@code Elements} extending this one, so {@code ThematicCaseAudit.Elements.AUDIT_CASE_SAMPLE}
     * reads as it should.
     */
    public static class Elements {
        public static final String AUDIT_COMMISSIONED = "audit-commissioned";
        public static final String AGENCY_AUDITS = "agency-audits";
        public static final String AUDIT_CASE_SAMPLE = "audit-case-sample";
        public static final String EVERY_AGENCY_RETURNED = "every-agency-returned";
        public static final String RETURNS_REMINDER_DUE = "returns-reminder-due";
        public static final String CHASE_OUTSTANDING_RETURNS = "chase-outstanding-returns";
        public static final String OUTSTANDING_RETURNS_CHASED = "outstanding-returns-chased";
        public static final String RETURNS_DEADLINE_PASSED = "returns-deadline-passed";
        public static final String ESCALATE_OVERDUE_RETURNS = "escalate-overdue-returns";
        public static final String MODERATE_WITHOUT_MISSING_RETURNS_GATEWAY = "moderate-without-missing-returns";
        public static final String RETURNS_CLOSED = "returns-closed";
        public static final String EXTENDED_DEADLINE_PASSED = "extended-deadline-passed";
        public static final String MODERATE_AUDIT_FINDINGS = "moderate-audit-findings";
        public static final String CONSIDER_AUDIT_REPORT = "consider-audit-report";
        public static final String REPORT_ACCEPTED_GATEWAY = "report-accepted";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String AUDIT_COMPLETED = "audit-completed";

        protected Elements() {
        }
    }

    /** The commission. */
    public static final ProcessVariable<String> AUDIT_QUESTIONS = stringVariable("auditQuestions");
    /**
     * The case sample: pseudonymous agency case references, never names. Accepted as a
     * comma-separated text or a list; kept as the text {@code "A-1, B-2"}.
     */
    public static final ProcessVariable<String> CASE_SAMPLE = CaseVariables.CASE_SAMPLE;
    /** How many cases the sample holds, counted when the audit starts. */
    public static final ProcessVariable<Long> SAMPLE_SIZE = longVariable("sampleSize");
    /** The agencies taking part: existing {@code agency-*} group ids, at least one. */
    public static final StringListVariable INVOLVED_AGENCIES = CaseVariables.INVOLVED_AGENCIES;
    /** The deadline for the agencies' returns, {@code yyyy-MM-dd}, after the day the audit starts. */
    public static final ProcessVariable<String> AUDIT_DEADLINE = CaseVariables.AUDIT_DEADLINE;

    /** When the returns are due now: the deadline, or the date the PQA chair extended it to. */
    public static final ProcessVariable<String> RETURNS_DUE_ON = stringVariable("returnsDueOn");
    /** The day the business unit is reminded to chase, {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> REMINDER_DATE = stringVariable("reminderDate");
    /** The agencies whose return is still awaited, as text ({@code "agency-police, agency-health"}); empty when none. */
    public static final ProcessVariable<String> AGENCIES_NOT_REPLIED = stringVariable("agenciesNotReplied");

    /** One agency's return with the standard audit tool (local to its task); collected into {@link #AUDIT_RETURNS}. */
    public static final ProcessVariable<String> AGENCY = stringVariable("agency");
    public static final ProcessVariable<Long> CASES_AUDITED = longVariable("casesAudited");
    public static final ProcessVariable<String> WORKED_WELL = stringVariable("workedWell");
    public static final ProcessVariable<String> DID_NOT_WORK_WELL = stringVariable("didNotWorkWell");
    /** One of {@link AuditGrading}'s values. */
    public static final ProcessVariable<String> GRADING = stringVariable("grading");
    public static final ProcessVariable<String> AGENCY_LEARNING = stringVariable("agencyLearning");
    /**
     * Every agency's return, a JSON list of {@code {agency, casesAudited, grading, gradingLabel,
     * workedWell, didNotWorkWell, agencyLearning}} that the moderation form shows as a table.
     */
    public static final RecordListVariable<AuditReturn> AUDIT_RETURNS =
        RecordListVariable.recordListVariable("auditReturns", AuditReturn.class);

    /** One agency's return with the standard audit tool, as the moderation's table shows it (every field as text). */
    public record AuditReturn(String agency, String casesAudited, String grading, String gradingLabel, String workedWell,
                              String didNotWorkWell, String agencyLearning) {
    }

    /** The business unit's chasing before the deadline. */
    public static final ProcessVariable<String> CHASE_NOTE = stringVariable("chaseNote");

    /** The PQA chair's escalation after the deadline: what was done, and moderate now or wait until a new date. */
    public static final ProcessVariable<String> ESCALATION_ACTION = stringVariable("escalationAction");
    public static final ProcessVariable<Boolean> MODERATE_WITHOUT_MISSING_RETURNS =
        booleanVariable("moderateWithoutMissingReturns");
    public static final ProcessVariable<String> EXTENDED_DEADLINE = stringVariable("extendedDeadline");

    /** The multi-agency moderation meeting. */
    public static final ProcessVariable<String> MODERATED_ON = stringVariable("moderatedOn");
    public static final ProcessVariable<String> MODERATED_FINDINGS = stringVariable("moderatedFindings");
    /** One of {@link AuditGrading}'s values: the practice the sample shows, as the meeting agreed it. */
    public static final ProcessVariable<String> OVERALL_GRADING = stringVariable("overallGrading");
    /**
     * The multi-agency action plan: the action points as text, each with its owner agency and
     * date. Proposed at the moderation, confirmed by the PQA Sub Group.
     */
    public static final ProcessVariable<String> ACTION_PLAN = stringVariable("actionPlan");

    /** The PQA Sub Group's decision on the report; the reasons are required when it returns it. */
    public static final ProcessVariable<Boolean> REPORT_ACCEPTED = booleanVariable("reportAccepted");
    public static final ProcessVariable<String> RETURN_REASONS = stringVariable("returnReasons");
    /** The reasons of the last return, kept for the Sub Group once the moderation has revised the report. */
    public static final ProcessVariable<String> LAST_RETURN_REASONS = stringVariable("lastReturnReasons");

    private CaseAudit() {
    }
}
