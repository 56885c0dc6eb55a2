package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;
import static org.iowscb.learningloop.platform.process.RecordListVariable.recordListVariable;

import java.util.List;

import org.iowscb.learningloop.learning.LessonChoices;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.AgencyChoices;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.RecordListVariable;

/**
 * Process API of {@code processes/learning-cycle.bpmn}: the framework's learning loop (Appendix
 * 1). The SCR Sub Group identifies the lessons of a review or audit, plans how each is
 * disseminated and the actions that embed it, evaluates whether it was learnt, and feeds new
 * issues back into a new review or audit.
 */
public final class LearningCycle {

    public static final String KEY = CaseType.LEARNING_CYCLE.processKey();

    /**
     * How many lessons and actions the first forms took, in numbered slots ({@code lesson1Statement},
     * {@code action2DueOn}). Cases started before the forms became dynamic lists keep those forms
     * (forms are bound by deployment) and are still read that way.
     */
    static final int LESSON_SLOTS = 4;
    static final int ACTION_SLOTS = 6;

    /** Element ids of the model. */
    public static final class Elements {
        public static final String LEARNING_FOUND = "learning-found";
        public static final String IDENTIFY_LESSONS = "identify-lessons";
        public static final String PLAN_EMBEDDING = "plan-embedding";
        public static final String CARRY_OUT_ACTIONS = "carry-out-actions";
        public static final String DISSEMINATE = "disseminate";
        public static final String SIX_WEEKS_AFTER_TRAINING = "six-weeks-after-training";
        public static final String FOLLOW_UP_TRAINING = "follow-up-training";
        public static final String EVALUATE_LEARNING = "evaluate-learning";
        public static final String CHOOSE_NEW_REVIEW = "choose-new-review";
        public static final String START_NEW_REVIEW = "start-new-review";
        public static final String LESSONS_LEARNT = "lessons-learnt";
        public static final String NEW_REVIEW_STARTED = "new-review-started";

        private Elements() {
        }
    }

    /** The group that monitors the actions: SCR Sub Group for reviews, PQA (and Education) for audits. */
    public static final ProcessVariable<String> MONITORING_GROUP = ImprovementAction.MONITORING_GROUP;
    /** The themes of the controlled list, as form options. */
    public static final String THEME_OPTIONS = "themeOptions";
    /** Groups that may own an action, as form options. */
    public static final String OWNER_OPTIONS = AgencyChoices.OWNER_OPTIONS;
    /** Lessons, as the register holds them. */
    public static final RecordListVariable<Lesson> LESSONS = recordListVariable("lessons", Lesson.class);
    /** The actions of the plan, one improvement-action each. */
    public static final RecordListVariable<PlannedAction> ACTIONS = recordListVariable("actions", PlannedAction.class);
    /** The dissemination of each lesson, one sub-process each. */
    public static final RecordListVariable<PlannedDissemination> DISSEMINATIONS =
        recordListVariable("disseminations", PlannedDissemination.class);
    /** The element variable of the dissemination sub-process: one of {@link #DISSEMINATIONS}. */
    public static final String DISSEMINATION = "dissemination";

    // what the forms submit as dynamic lists ("Add new"), each entry checked on its own
    /** The identification form: the lessons agreed, as many as the review found. */
    public static final RecordListVariable<LessonEntry> LESSON_ENTRIES = recordListVariable("lessonEntries", LessonEntry.class);
    /** The plan form: how each lesson is disseminated (one entry per lesson, filled in before the form opens). */
    public static final RecordListVariable<LessonPlan> LESSON_PLANS = recordListVariable("lessonPlans", LessonPlan.class);
    /** The plan form: the actions, as many as the plan needs. */
    public static final RecordListVariable<PlannedAction> PLANNED_ACTIONS =
        recordListVariable("plannedActions", PlannedAction.class);
    /** The evaluation form: an outcome and its evidence per lesson (one entry per lesson, filled in before). */
    public static final RecordListVariable<LessonOutcome> LESSON_OUTCOMES =
        recordListVariable("lessonOutcomes", LessonOutcome.class);
    /** The lessons as choices of the plan form's actions: [{label, value}]. */
    public static final String LESSON_OPTIONS = LessonChoices.LESSON_OPTIONS;

    /** A lesson: its reference ({@code LRN-2026-0001/1}), what was learnt, and its themes. */
    public record Lesson(String reference, String statement, List<String> themes) {
    }

    /** One lesson as the identification form enters it. */
    public record LessonEntry(String statement, List<String> themes) {
    }

    /** How one lesson is to be disseminated: the framework's methods, and the agency where one is needed. */
    public record LessonPlan(String reference, String statement, List<String> methods, String agency) {
    }

    /** An action of the plan: what, who owns it, by when, for which lesson. Starts an improvement-action. */
    public record PlannedAction(String description, String ownerGroup, String dueOn, String lessonReference) {
    }

    /** One dissemination of a lesson, by one method, with its owner and the group it reports to. */
    public record PlannedDissemination(String lessonReference, String method, String methodLabel, String ownerGroup,
                                       String reportsTo, boolean training) {
    }

    /** The evaluation of one lesson: learnt, not yet learnt or new issues found, and the evidence. */
    public record LessonOutcome(String reference, String statement, String outcome, String notes) {
    }

    /** The field of the plan form's per-lesson entry that holds {@link LessonPlan#methods()}. */
    public static final String LESSON_PLAN_METHODS_FIELD = "methods";
    /** The field of the evaluation form's per-lesson entry that holds {@link LessonOutcome#outcome()}. */
    public static final String LESSON_OUTCOME_FIELD = "outcome";

    /** Earlier reviews that recorded the same themes, shown on the identification form. */
    public static final ProcessVariable<String> REPEATED_THEMES = stringVariable("repeatedThemes");
    /** What the actions and the training follow-ups produced, shown on the evaluation form. */
    public static final ProcessVariable<String> EVALUATION_SUMMARY = stringVariable("evaluationSummary");
    public static final ProcessVariable<Boolean> ALL_LEARNT = booleanVariable("allLearnt");
    public static final ProcessVariable<Boolean> NEW_ISSUES_FOUND = booleanVariable("newIssuesFound");

    // the dissemination task (local to each dissemination)
    public static final ProcessVariable<String> DISSEMINATED_ON = stringVariable("disseminatedOn");
    public static final ProcessVariable<String> DISSEMINATION_NOTES = stringVariable("disseminationNotes");
    // the training follow-up
    public static final ProcessVariable<String> TRAINING_IMPACT = stringVariable("trainingImpact");

    // feeding back
    public static final ProcessVariable<String> NEW_REVIEW_TYPE = stringVariable("newReviewType");
    public static final ProcessVariable<String> NEW_ISSUE = stringVariable("newIssue");
    public static final ProcessVariable<String> NEW_REVIEW_REFERENCE = stringVariable("newReviewReference");

    public static final int MAX_STATEMENT = 1000;
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    /**
     * The entry a form's per-lesson list gave for a lesson: the one naming its reference, else the
     * one in its place (the list has one entry per lesson, in order); null when there is none.
     */
    static <T> T entryFor(Lesson lesson, int index, List<T> entries, java.util.function.Function<T, String> reference) {
        return entries.stream().filter(entry -> lesson.reference().equals(reference.apply(entry))).findFirst()
            .orElse(index < entries.size() && reference.apply(entries.get(index)) == null ? entries.get(index) : null);
    }

    /** Slot variable names of the first forms: lesson1Statement, action2DueOn... */
    static String lesson(int slot, String field) {
        return "lesson" + slot + field;
    }

    static String action(int slot, String field) {
        return "action" + slot + field;
    }

    private LearningCycle() {
    }
}
