package org.iowscb.learningloop.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.demo.CaseWalker.DemoCase;

/**
 * The demo's year, counted back from today: what a board's business unit would have on its books.
 * Each case is started on its day and worked, a task every few days, to the stage it has reached:
 * <ul>
 * <li>referrals: one just in (Ofsted to be notified), one waiting past its one-month decision,
 *     one decided months ago;</li>
 * <li>serious case reviews: one past its 6-month target with agency reports missing, one on track;</li>
 * <li>multi-agency case reviews: one past its target date, one finished whose lessons and actions
 *     went round the learning loop;</li>
 * <li>an individual management review, a child death review, a national learning review;</li>
 * <li>a section 11 audit and a section 175 audit, one organisation returned and the rest overdue;</li>
 * <li>a thematic audit finished with its learning cycle (disseminations done, actions done with
 *     evidence), a single agency audit whose learning cycle planned actions now overdue, a
 *     multi-agency case audit under way;</li>
 * <li>a learning cycle started by the Board, its training follow-up due.</li>
 * </ul>
 * The cases started from these (learning cycles, improvement actions, a review a referral decided
 * on) come with them, 25 to 40 process instances in all.
 */
final class DemoYear {

    static final String BUSINESS_UNIT = "bu";
    private static final String SCR_CHAIR = "scr-chair";
    private static final String PQA_CHAIR = "pqa-chair";
    private static final String CDOP_CHAIR = "cdop-chair";
    /** The form of the training follow-up, left due in the learning cycle the Board started. */
    private static final String TRAINING_FOLLOW_UP_FORM = "lrn-training-follow-up";

    private final CaseWalker walker;
    private long seed = 2014_12_03L;

    DemoYear(CaseWalker walker) {
        this.walker = walker;
    }

    void seed(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        Predicate<Task> any = task -> true;

        // referrals
        start(CaseType.CASE_REVIEW_REFERRAL, BUSINESS_UNIT, today.minusDays(3));
        DemoCase waiting = start(CaseType.CASE_REVIEW_REFERRAL, BUSINESS_UNIT, today.minusDays(45));
        walker.walk(waiting, yesterday, 3, 1, any, false);
        DemoCase decided = start(CaseType.CASE_REVIEW_REFERRAL, BUSINESS_UNIT, today.minusMonths(5));
        walker.walk(decided, yesterday, 4, 2, of(CaseType.CASE_REVIEW_REFERRAL), false);

        // serious case reviews: one late against its 6 months, one on track
        DemoCase lateScr = start(CaseType.SERIOUS_CASE_REVIEW, SCR_CHAIR, today.minusMonths(8));
        walker.walk(lateScr, yesterday, 12, 8, onlyTheFirstOrganisation(), false);
        DemoCase onTrackScr = start(CaseType.SERIOUS_CASE_REVIEW, SCR_CHAIR, today.minusWeeks(7));
        walker.walk(onTrackScr, yesterday, 7, 3, any, false);

        // multi-agency case reviews: one past its target date, one finished and learnt from
        DemoCase lateMacr = start(CaseType.MULTI_AGENCY_CASE_REVIEW, SCR_CHAIR, today.minusMonths(7));
        walker.walk(lateMacr, yesterday, 12, 5, onlyTheFirstOrganisation(), false);
        DemoCase finishedMacr = start(CaseType.MULTI_AGENCY_CASE_REVIEW, SCR_CHAIR, today.minusMonths(11));
        walker.walk(finishedMacr, yesterday, 5, 60, any, true);

        // one agency's review, a child's death, national learning
        walker.walk(start(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, SCR_CHAIR, today.minusWeeks(10)), yesterday, 7, 2,
            any, false);
        walker.walk(start(CaseType.CHILD_DEATH_REVIEW, CDOP_CHAIR, today.minusMonths(4)), yesterday, 10, 3,
            of(CaseType.CHILD_DEATH_REVIEW), false);
        walker.walk(start(CaseType.NATIONAL_LEARNING_REVIEW, SCR_CHAIR, today.minusMonths(5)), yesterday, 8, 3,
            of(CaseType.NATIONAL_LEARNING_REVIEW), false);

        // self-assessments: one organisation returned, the others outstanding and overdue
        walker.walk(start(CaseType.SECTION_11_AUDIT, PQA_CHAIR, today.minusMonths(5)), yesterday, 14, 6,
            onlyTheFirstOrganisation(), false);
        walker.walk(start(CaseType.SECTION_175_AUDIT, PQA_CHAIR, today.minusMonths(4)), yesterday, 14, 6,
            onlyTheFirstOrganisation(), false);

        // case audits: one finished with its learning, one whose actions are overdue, one under way
        walker.walk(start(CaseType.THEMATIC_CASE_AUDIT, PQA_CHAIR, today.minusMonths(12).plusDays(7)), yesterday, 6,
            60, any, true);
        walker.walk(start(CaseType.SINGLE_AGENCY_AUDIT, PQA_CHAIR, today.minusMonths(9)), yesterday, 8, 40,
            not(CaseType.IMPROVEMENT_ACTION), true);
        walker.walk(start(CaseType.MULTI_AGENCY_CASE_AUDIT, PQA_CHAIR, today.minusMonths(3)), yesterday, 10, 2,
            any, false);

        // a learning cycle the Board started on a theme: trained, the follow-up due
        walker.walk(start(CaseType.LEARNING_CYCLE, SCR_CHAIR, today.minusMonths(4)), yesterday, 6, 20,
            not(CaseType.IMPROVEMENT_ACTION).and(task -> !walker.formOf(task).equals(TRAINING_FOLLOW_UP_FORM)), true);
    }

    private DemoCase start(CaseType type, String starter, LocalDate on) {
        return walker.start(type, starter, on, seed++);
    }

    private Predicate<Task> of(CaseType type) {
        return task -> walker.processKeyOf(task).equals(type.processKey());
    }

    private Predicate<Task> not(CaseType type) {
        return of(type).negate();
    }

    /**
     * Every task but those of a second agency or school: the first organisation to be asked returns,
     * the others have not yet.
     */
    private Predicate<Task> onlyTheFirstOrganisation() {
        Set<String> seen = new HashSet<>();
        return task -> walker.groupsOf(task).stream()
            .filter(group -> group.startsWith(Groups.AGENCY_PREFIX) || group.startsWith(Groups.SCHOOL_PREFIX))
            .allMatch(group -> seen.isEmpty() ? seen.add(group) : seen.contains(group));
    }
}
