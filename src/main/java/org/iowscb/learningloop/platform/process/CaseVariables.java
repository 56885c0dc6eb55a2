package org.iowscb.learningloop.platform.process;

import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;
import static org.iowscb.learningloop.platform.process.StringListVariable.stringListVariable;

/**
 * Variables that more than one process uses: what every case carries (CONTRACT.md), and the
 * start variables one case passes to another. Declared here once; each process API refers to
 * them under its own constant, never by a second declaration.
 */
public final class CaseVariables {

    /** The case reference, equal to the business key; shown by the Tasklist filters. */
    public static final ProcessVariable<String> CASE_REFERENCE = stringVariable("caseReference");

    /** The case's type in words ("Serious case review"), on each task for its form's header. */
    public static final ProcessVariable<String> CASE_TYPE_LABEL = stringVariable("caseTypeLabel");

    /** The task's due date in words ("3 Dec 2026", Europe/London), on each task for its form's header. */
    public static final ProcessVariable<String> TASK_DUE = stringVariable("taskDue");

    /** The case reference of the case that started this one, when another case started it. */
    public static final ProcessVariable<String> SOURCE_REFERENCE = stringVariable("sourceReference");

    /**
     * The edition of Working Together the case follows ({@code wt2013} or {@code wt2023}), recorded
     * at its start by {@code platform/edition/EditionAssignment} and kept for life.
     */
    public static final ProcessVariable<String> EDITION = stringVariable("edition");

    /**
     * What the case's edition calls the board ("the Board", "the safeguarding partners"), on each
     * task for its form's text, set by {@code platform/edition/EditionAssignment}: written mid-sentence.
     */
    public static final ProcessVariable<String> BOARD_TERM = stringVariable("boardTerm");

    /**
     * What the case's edition calls the group that decides on case reviews, group {@code scr-subgroup}
     * ("the SCR Sub Group", "the case review group"), on each task for its form's text, as {@link #BOARD_TERM}.
     */
    public static final ProcessVariable<String> CASE_REVIEW_GROUP_TERM = stringVariable("caseReviewGroupTerm");

    /** The agencies involved in the case: group ids, chosen from the list of agencies. */
    public static final StringListVariable INVOLVED_AGENCIES = stringListVariable("involvedAgencies");

    /** The date the incident or death became known (yyyy-MM-dd): the start of the statutory clocks. */
    public static final ProcessVariable<String> INCIDENT_KNOWN_ON = stringVariable("incidentKnownOn");

    /** The agency that referred the case. */
    public static final ProcessVariable<String> REFERRING_AGENCY = stringVariable("referringAgency");

    /** The one agency that reviews its own involvement (individual management review). */
    public static final ProcessVariable<String> REVIEWING_AGENCY = stringVariable("reviewingAgency");

    /** The one agency that audits its own practice (single agency audit). */
    public static final ProcessVariable<String> AUDITING_AGENCY = stringVariable("auditingAgency");

    /** The case sample of an audit: case references, never names. */
    public static final ProcessVariable<String> CASE_SAMPLE = stringVariable("caseSample");

    /** The date by which an audit's returns are due (yyyy-MM-dd). */
    public static final ProcessVariable<String> AUDIT_DEADLINE = stringVariable("auditDeadline");

    /** What a thematic case audit looks at. */
    public static final ProcessVariable<String> THEME = stringVariable("theme");

    /** What part of a child's journey a multi-agency case audit looks at. */
    public static final ProcessVariable<String> JOURNEY_FOCUS = stringVariable("journeyFocus");

    /** What practice a single agency audit looks at. */
    public static final ProcessVariable<String> AUDIT_FOCUS = stringVariable("auditFocus");

    /** When the work of the case (an action, a return) is due (yyyy-MM-dd). */
    public static final ProcessVariable<String> DUE_ON = stringVariable("dueOn");

    private CaseVariables() {
    }
}
