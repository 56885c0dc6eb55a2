package org.iowscb.learningloop.audit.selfassessment;

import static org.iowscb.learningloop.platform.process.RecordListVariable.recordListVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.RecordListVariable;

/**
 * The variables the section 11 and the section 175/157 audits share. Those of one organisation
 * live in the scope of its own instance of the per-organisation sub-process, so an agency or a
 * school never reads another's; the cycle's own ({@link #DEADLINE}, {@link #ACTIONS}) live on
 * the process instance.
 */
public final class SelfAssessment {

    /** The cycle's deadline for every self-assessment, {@code yyyy-MM-dd}, after the day the cycle starts. */
    public static final ProcessVariable<String> DEADLINE = stringVariable("deadline");

    /** When this organisation's self-assessment is due: the deadline, or a new date after a challenge. */
    public static final ProcessVariable<String> DUE_ON = CaseVariables.DUE_ON;

    /** The cycle this organisation last completed, its date, and the gaps it left open (carried forward). */
    public static final ProcessVariable<String> PREVIOUS_CYCLE = stringVariable("previousCycle");
    public static final ProcessVariable<String> PREVIOUS_COMPLETED_ON = stringVariable("previousCompletedOn");
    /** The gaps the organisation's last cycle left open, as the form lists them. */
    public static final RecordListVariable<Gap> PREVIOUS_GAPS = recordListVariable("previousGaps", Gap.class);

    /** What the organisation answered, for the scrutiny form. */
    public static final RecordListVariable<ShownAnswer> ANSWERS = recordListVariable("answers", ShownAnswer.class);
    /** The standards not fully met, for the action plan. */
    public static final RecordListVariable<Gap> GAPS = recordListVariable("gaps", Gap.class);

    /** A standard not fully met, for reading: its title, the rating's label and the gap. */
    public record Gap(String standard, String rating, String gap) {
    }

    /** One answer, for reading: the standard's title, the rating's label, the evidence and the gap ("none" when met). */
    public record ShownAnswer(String standard, String rating, String evidence, String gap) {
    }

    /** The PQA Sub Group's scrutiny: accepted, or returned with a challenge the organisation answers. */
    public static final ProcessVariable<Boolean> ASSESSMENT_ACCEPTED = booleanVariable("assessmentAccepted");
    public static final ProcessVariable<String> CHALLENGE = stringVariable("challenge");
    /** The challenge the organisation answered in its resubmission, for the next scrutiny. */
    public static final ProcessVariable<String> LAST_CHALLENGE = stringVariable("lastChallenge");

    /** What the PQA Sub Group did about an organisation that missed its due date. */
    public static final ProcessVariable<String> ESCALATION_NOTE = stringVariable("escalationNote");

    /**
     * Every gap of the cycle as an action for its organisation: JSON list of
     * {@code {agency|school, standard, standardTitle, rating, gap}}.
     */
    public static final String ACTIONS = "actions";

    /** Longest text accepted in any field of a self-assessment. */
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    /** Working days an organisation has to answer a challenge. */
    public static final int CHALLENGE_WORKING_DAYS = 10;

    /** A cycle started by its timer is due this many calendar months later (on a working day). */
    public static final int TIMER_CYCLE_MONTHS = 3;

    private SelfAssessment() {
    }
}
