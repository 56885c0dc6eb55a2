package org.iowscb.learningloop.casereview.nationallearningreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.KEY_MESSAGES;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.LEARNING_APPLIES;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.PUBLICATION_LINK;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.PUBLICATION_TITLE;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.SOURCE_TYPE;

import java.util.Map;

import org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** National learning over REST: the SCR Sub Group's task, seen by no agency. */
class NationalLearningReviewRestTest extends ApplicationTest {

    @Test
    @DisplayName("started by the business unit, assessed by the SCR Sub Group, the learning handed on")
    void drivenToItsEndOverRest() {
        String review = rest.startCase("bu", NationalLearningReview.KEY, Map.of(
            SOURCE_TYPE.name(), "childrens-commissioner",
            PUBLICATION_TITLE.name(), "Children's Commissioner: children in need of help (2025)",
            PUBLICATION_LINK.name(), "https://example.org/report",
            KEY_MESSAGES.name(), "Early help thresholds vary between areas"));
        assertThat(review).matches("NLR-\\d{4}-\\d{4}");

        views.assertOnlyVisibleTo(review, "scr-chair", Elements.ASSESS_RELEVANCE);
        rest.work("scr-chair", review, Elements.ASSESS_RELEVANCE, Map.of(
            LEARNING_APPLIES.name(), true,
            LearningLoop.FINDINGS.name(), "Publish the island's early help threshold document to all schools"));

        completedAndHandedOver(review);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(review)
            .singleResult().getEndActivityId()).isEqualTo(Elements.LEARNING_PASSED_ON);
    }
}
