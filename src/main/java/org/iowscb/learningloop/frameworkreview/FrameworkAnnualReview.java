package org.iowscb.learningloop.frameworkreview;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import java.time.LocalDate;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * Process API of {@code processes/framework-annual-review.bpmn}: the framework (ratified
 * 3 December 2014) is reviewed by the SCR Sub Group every year, or sooner on request; the Board
 * ratifies a revision.
 */
public final class FrameworkAnnualReview {

    public static final String KEY = CaseType.FRAMEWORK_ANNUAL_REVIEW.processKey();

    /** Correlate this message (with {@link #REASON}) to start a review before the yearly one. */
    public static final String MESSAGE_REVIEW_REQUESTED = "framework-review-requested";

    /** The day the Board ratified the framework; the yearly timer is anchored on it. */
    public static final LocalDate RATIFIED_ON = LocalDate.of(2014, 12, 3);

    /** Element ids of the model. */
    public static final class Elements {
        public static final String ANNUAL_REVIEW_DUE = "annual-review-due";
        public static final String EARLIER_REVIEW_REQUESTED = "earlier-review-requested";
        public static final String REVIEW_FRAMEWORK = "review-framework";
        public static final String RATIFY_REVISION = "ratify-revision";
        public static final String FRAMEWORK_CONFIRMED = "framework-confirmed";
        public static final String REVISED_FRAMEWORK_RATIFIED = "revised-framework-ratified";

        private Elements() {
        }
    }

    /** Why a review is wanted before its yearly date (message start only). */
    public static final ProcessVariable<String> REASON = stringVariable("reason");
    public static final ProcessVariable<String> WHAT_CHANGED = stringVariable("whatChanged");
    public static final ProcessVariable<Boolean> REVISION_NEEDED = booleanVariable("revisionNeeded");
    /** ISO date {@code yyyy-MM-dd}, in the future. */
    public static final ProcessVariable<String> NEXT_REVIEW_DATE = stringVariable("nextReviewDate");
    public static final ProcessVariable<Boolean> RATIFIED = booleanVariable("ratified");
    public static final ProcessVariable<String> BOARD_COMMENTS = stringVariable("boardComments");

    /** Longest free text accepted in any field of this process. */
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    private FrameworkAnnualReview() {
    }
}
