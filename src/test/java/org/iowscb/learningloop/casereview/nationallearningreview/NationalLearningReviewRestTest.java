package org.iowscb.learningloop.casereview.nationallearningreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.Elements;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** National learning over REST: the SCR Sub Group's task, seen by no agency. */
class NationalLearningReviewRestTest extends RestProcessTest {

    @Autowired
    LearningHandovers handovers;

    @Test
    @DisplayName("started by the business unit, assessed by the SCR Sub Group, the learning handed on")
    void drivenToItsEndOverRest() {
        JsonNode started = rest.start("bu", NationalLearningReview.KEY, Map.of(
            "publicationSourceType", "childrens-commissioner",
            "publicationTitle", "Children's Commissioner: children in need of help (2025)",
            "publicationLink", "https://example.org/report",
            "keyMessages", "Early help thresholds vary between areas"));
        String review = started.path("businessKey").asText();
        assertThat(review).matches("NLR-\\d{4}-\\d{4}");

        assertThat(keys("scr-chair", review)).containsExactly(Elements.ASSESS_RELEVANCE);
        for (String agency : List.of("police", "health", "childrens-services", "probation", "cdop-chair")) {
            assertThat(keys(agency, review)).as(agency).isEmpty();
        }

        rest.work("scr-chair", review, Elements.ASSESS_RELEVANCE, Map.of(
            "learningApplies", true,
            "findings", "Publish the island's early help threshold document to all schools"));
        executeJobsOf(review);

        HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(review).singleResult();
        assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(ended.getEndActivityId()).isEqualTo(Elements.LEARNING_PASSED_ON);
        assertThat(handovers.find(review)).isPresent();
    }

    private List<String> keys(String user, String businessKey) {
        return rest.tasks(user, businessKey).stream().map(t -> t.path("taskDefinitionKey").asText()).toList();
    }
}
