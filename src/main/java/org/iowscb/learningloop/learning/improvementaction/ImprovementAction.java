package org.iowscb.learningloop.learning.improvementaction;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;
import static org.iowscb.learningloop.platform.process.StringListVariable.stringListVariable;

import java.util.List;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.RecordListVariable;

/**
 * Process API of {@code processes/improvement-action.bpmn}: one action of a single or multi-agency
 * action plan. The owner group gives evidence that practice changed by the due date; when the date
 * passes the monitoring sub-group and the business unit are asked to deal with it, again at every
 * escalation interval until the action is dealt with; they may agree a new date (recorded with
 * its reason), which restarts the clock. The monitoring sub-group accepts the evidence or returns
 * it with reasons. The learning register follows every step (LearningRegister, same transaction).
 */
public final class ImprovementAction {

    public static final String KEY = CaseType.IMPROVEMENT_ACTION.processKey();

    /** The escalation the overdue step throws when a new date is agreed: it restarts the clock. */
    public static final String NEW_DUE_DATE_ESCALATION = "new-due-date";

    /** The outcome of every action that ends: the monitoring sub-group accepted its evidence. */
    public static final String COMPLETED = "COMPLETED";

    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;
    public static final int MAX_REASON = 1000;
    /** Evidence shorter than this says "done", not what changed. */
    public static final int MIN_EVIDENCE = 20;
    public static final int MAX_REFERENCE = 32;
    public static final int MAX_LESSON_REFERENCE = 40;

    /** Who may monitor an action: the framework's sub-groups (SCR, PQA, Education), the CDOP and the Board. */
    public static final List<String> MONITORING_GROUPS = List.of(Groups.SCR_SUBGROUP, Groups.PQA_SUBGROUP,
        Groups.EDUCATION_SUBGROUP, Groups.CDOP, Groups.BOARD);

    /** Element ids of the model. */
    public static final class Elements {
        public static final String ACTION_AGREED = "action-agreed";
        public static final String EVIDENCE_DUE = "evidence-due";
        public static final String EVIDENCE_AWAITED = "evidence-awaited";
        public static final String EVIDENCE_AWAITED_STARTED = "evidence-awaited-started";
        public static final String GIVE_EVIDENCE = "give-evidence";
        public static final String EVIDENCE_GIVEN = "evidence-given";
        public static final String OVERDUE_ESCALATION = "overdue-escalation";
        public static final String ACTION_OVERDUE = "action-overdue";
        public static final String DEAL_WITH_OVERDUE_ACTION = "deal-with-overdue-action";
        public static final String NEW_DATE_AGREED_GATEWAY = "new-date-agreed";
        public static final String OWNER_CHASED = "owner-chased";
        public static final String NEW_DATE_SET = "new-date-set";
        public static final String DUE_DATE_MOVED = "due-date-moved";
        public static final String CONSIDER_EVIDENCE = "consider-evidence";
        public static final String EVIDENCE_ACCEPTED_GATEWAY = "evidence-accepted";
        public static final String ACTION_COMPLETED = "action-completed";

        private Elements() {
        }
    }

    // ---- what the action is (from the learning cycle's call activity, or the start form)

    /** The action's own reference, {@code ACT-yyyy-nnnn}; the business key when started directly. */
    public static final ProcessVariable<String> ACTION_REFERENCE = stringVariable("actionReference");
    /** What is to be done, at most 1000 characters. */
    public static final ProcessVariable<String> ACTION_DESCRIPTION = stringVariable("actionDescription");
    /** The group that owns the action: an existing group (agency-*, school-*, business-unit, workforce-development...). */
    public static final ProcessVariable<String> OWNER_GROUP = stringVariable("ownerGroup");
    /** When the evidence is due, {@code yyyy-MM-dd}, in the future; moved when a new date is agreed. */
    public static final ProcessVariable<String> DUE_ON = CaseVariables.DUE_ON;
    /**
     * The monitoring sub-group(s), comma-separated ({@code pqa-subgroup,education-subgroup}), stored
     * as one comma-separated String so {@code candidateGroups="${monitoringGroup}"} routes to each.
     */
    public static final ProcessVariable<String> MONITORING_GROUP = stringVariable("monitoringGroup");
    /** The same variable read as a list (what a start may pass: text or a JSON list). */
    static final StringListVariable MONITORING_GROUPS_GIVEN = stringListVariable("monitoringGroup");
    /** The lesson of the learning register the action embeds, when there is one. */
    public static final ProcessVariable<String> LESSON_REFERENCE = stringVariable("lessonReference");

    // ---- the owner's evidence

    /** What changed in practice: at least 20 characters, at most 4000. */
    public static final ProcessVariable<String> EVIDENCE = stringVariable("evidence");
    /** How the change was checked (an audit, supervision, a survey...), optional. */
    public static final ProcessVariable<String> EVIDENCE_CHECK = stringVariable("evidenceCheck");

    // ---- the escalation (local to each "Deal with an overdue action" task)

    public static final ProcessVariable<Boolean> NEW_DATE_AGREED = booleanVariable("newDateAgreed");
    public static final ProcessVariable<String> NEW_DUE_ON = stringVariable("newDueOn");
    public static final ProcessVariable<String> DUE_CHANGE_REASON = stringVariable("dueChangeReason");
    public static final ProcessVariable<String> CHASE_NOTE = stringVariable("chaseNote");
    /** Every slip of the due date, a JSON list of {@code {from, to, reason, agreedOn}}, shown on the forms. */
    public static final RecordListVariable<DueDateChange> DUE_DATE_CHANGES =
        RecordListVariable.recordListVariable("dueDateChanges", DueDateChange.class);

    /** One slip of the due date, agreed with the monitoring sub-group: from, to, why and when (yyyy-MM-dd). */
    public record DueDateChange(String from, String to, String reason, String agreedOn) {
    }

    // ---- the monitoring sub-group's decision

    public static final ProcessVariable<Boolean> EVIDENCE_ACCEPTED = booleanVariable("evidenceAccepted");
    public static final ProcessVariable<String> RETURN_REASONS = stringVariable("returnReasons");
    /** The reasons of the last return, kept for the sub-group once the owner has given new evidence. */
    public static final ProcessVariable<String> LAST_RETURN_REASONS = stringVariable("lastReturnReasons");

    /** {@value #COMPLETED} when the action ends. */
    public static final ProcessVariable<String> ACTION_OUTCOME = stringVariable("actionOutcome");

    private ImprovementAction() {
    }
}
