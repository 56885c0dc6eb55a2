package org.iowscb.learningloop.casereview.nationallearningreview;

import static org.iowscb.learningloop.platform.process.ProcessVariable.booleanVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import java.util.List;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * Process API of {@code processes/national-learning-review.bpmn}: key messages from national
 * research, other boards' serious case reviews, the Children's Commissioner or government reviews;
 * the SCR Sub Group assesses their relevance to the island and records that nothing applies or
 * passes the learning on to the learning loop.
 */
public final class NationalLearningReview {

    public static final String KEY = CaseType.NATIONAL_LEARNING_REVIEW.processKey();

    /** Element ids of the model. */
    public static final class Elements {
        public static final String KEY_MESSAGES_RECEIVED = "key-messages-received";
        public static final String ASSESS_RELEVANCE = "assess-relevance";
        public static final String LEARNING_FOR_THE_ISLAND = "learning-for-the-island";
        public static final String NOTHING_APPLIES = "nothing-applies";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String LEARNING_PASSED_ON = "learning-passed-on";

        private Elements() {
        }
    }

    // start
    /** One of {@link #SOURCE_TYPES}. */
    public static final ProcessVariable<String> SOURCE_TYPE = stringVariable("publicationSourceType");
    public static final ProcessVariable<String> PUBLICATION_TITLE = stringVariable("publicationTitle");
    /** Optional http(s) address of the publication. */
    public static final ProcessVariable<String> PUBLICATION_LINK = stringVariable("publicationLink");
    public static final ProcessVariable<String> KEY_MESSAGES = stringVariable("keyMessages");

    // assess-relevance (findings: LearningLoop.FINDINGS)
    public static final ProcessVariable<Boolean> LEARNING_APPLIES = booleanVariable("learningApplies");
    public static final ProcessVariable<String> NOT_APPLICABLE_REASON = stringVariable("notApplicableReason");

    /** Where key messages come from (the form's select values). */
    public static final List<String> SOURCE_TYPES = List.of("national-research", "other-board-serious-case-review",
        "childrens-commissioner", "government-review", "other");

    public static final int MAX_TITLE = 500;
    public static final int MAX_LINK = 2000;
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    private NationalLearningReview() {
    }
}
