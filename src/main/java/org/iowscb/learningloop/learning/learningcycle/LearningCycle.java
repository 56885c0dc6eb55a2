package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * Process API of {@code processes/learning-cycle.bpmn}: the framework's learning loop (Appendix
 * 1). The SCR Sub Group identifies the lessons of a review or audit, plans how each is
 * disseminated and the actions that embed it, evaluates whether it was learnt, and feeds new
 * issues back into a new review or audit.
 */
public final class LearningCycle {

    public static final String KEY = CaseType.LEARNING_CYCLE.processKey();

    /** How many lessons one identification form takes, and how many actions one plan. */
    public static final int LESSON_SLOTS = 4;
    public static final int ACTION_SLOTS = 6;

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
    public static final ProcessVariable<String> MONITORING_GROUP = stringVariable("monitoringGroup");
    /** The themes of the controlled list, as form options. */
    public static final String THEME_OPTIONS = "themeOptions";
    /** Groups that may own an action, as form options. */
    public static final String OWNER_OPTIONS = "ownerOptions";
    /** Lessons, as the register holds them: [{reference, statement, themes}]. */
    public static final String LESSONS = "lessons";
    /** The actions of the plan, one improvement-action each: [{description, ownerGroup, dueOn, lessonReference}]. */
    public static final String ACTIONS = "actions";
    /** The dissemination of each lesson: [{lessonReference, method, ownerGroup, reportsTo, training}]. */
    public static final String DISSEMINATIONS = "disseminations";
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

    /** Slot variable names of the forms: lesson1Statement, action2DueOn... */
    static String lesson(int slot, String field) {
        return "lesson" + slot + field;
    }

    static String action(int slot, String field) {
        return "action" + slot + field;
    }

    private LearningCycle() {
    }
}
