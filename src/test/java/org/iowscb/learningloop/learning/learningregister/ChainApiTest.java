package org.iowscb.learningloop.learning.learningregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.support.CamundaRest.json;
import static org.iowscb.learningloop.support.CamundaRest.list;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/learning/chain/{caseReference}}: from a review's findings to its lessons, their
 * dissemination, actions and evaluation, and the new review its learning cycle started.
 */
class ChainApiTest extends RegisterApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private String newReview;

    @BeforeEach
    void aReviewItsCycleAndTheNewReviewItStarted() {
        s.handOver(jdbc);
        // the learning cycle's new issue: a multi-agency case review, started as a cycle starts one
        newReview = starter.start(CaseType.MULTI_AGENCY_CASE_REVIEW, s.reviewCycle, Map.of(
            MultiAgencyCaseReview.INCIDENT_KNOWN_ON.name(), s.today.minusDays(3).toString(),
            MultiAgencyCaseReview.CHILD_AGE_YEARS.name(), 7L,
            MultiAgencyCaseReview.CHILD_DIED.name(), false,
            MultiAgencyCaseReview.REFERRING_AGENCY.name(), "agency-police",
            MultiAgencyCaseReview.INVOLVED_AGENCIES.name(),
            StringListVariable.valueOf(List.of("agency-police", "agency-health"))));
    }

    @Test
    @DisplayName("from the review: handover, cycle, lessons with dissemination, actions and outcome, the new review")
    void theWholeChainFromTheReview() {
        // the SCR Sub Group chair has no grant on the new review's history, yet the register shows it
        assertThat(rest.send("scr-chair", "GET", "/engine-rest/history/process-instance?processInstanceBusinessKey="
            + newReview, null).body()).isEqualTo("[]");
        JsonNode chain = chain("scr-chair", s.review);

        assertThat(chain.path("reference").asText()).isEqualTo(s.review);
        assertThat(chain.path("handover").path("sourceType").asText()).isEqualTo("serious-case-review");
        assertThat(chain.path("handover").path("findings").asText()).isEqualTo("The child's voice was not heard");
        assertThat(chain.path("handover").path("learningCycleReference").asText()).isEqualTo(s.reviewCycle);
        assertThat(list(chain.path("learningCycles"))).extracting(JsonNode::asText).containsExactly(s.reviewCycle);

        List<JsonNode> lessons = list(chain.path("lessons"));
        assertThat(lessons).extracting(l -> l.path("reference").asText() + " " + l.path("evaluationOutcome").asText())
            .containsExactly(s.childsVoice + " LEARNT", s.sharing + " NOT_YET_LEARNT");
        assertThat(list(lessons.get(0).path("disseminations"))).hasSize(2);
        assertThat(list(lessons.get(0).path("actions"))).extracting(a -> a.path("reference").asText())
            .containsExactly(s.policeAction, s.healthAction);
        assertThat(list(chain.path("cycleActions"))).extracting(a -> a.path("reference").asText())
            .containsExactly(s.trainingAction);

        List<JsonNode> followOn = list(chain.path("followOnCases"));
        assertThat(followOn).hasSize(1);
        assertThat(followOn.get(0).path("caseReference").asText()).isEqualTo(newReview).startsWith("MACR-");
        assertThat(followOn.get(0).path("processKey").asText()).isEqualTo("multi-agency-case-review");
        assertThat(followOn.get(0).path("sourceReference").asText()).isEqualTo(s.reviewCycle);
        assertThat(followOn.get(0).path("state").asText()).isEqualTo("ACTIVE");
        assertThat(chain.path("caseRecord").isNull()).as("the review is not an engine case here").isTrue();
    }

    @Test
    @DisplayName("from the learning cycle: the same lessons, actions and new review")
    void theChainFromTheCycle() {
        JsonNode chain = chain("board", s.reviewCycle);

        assertThat(chain.path("handover").isNull()).isTrue();
        assertThat(list(chain.path("learningCycles"))).extracting(JsonNode::asText).containsExactly(s.reviewCycle);
        assertThat(list(chain.path("lessons"))).extracting(l -> l.path("reference").asText())
            .containsExactly(s.childsVoice, s.sharing);
        assertThat(list(chain.path("cycleActions"))).extracting(a -> a.path("reference").asText())
            .containsExactly(s.trainingAction);
        assertThat(list(chain.path("followOnCases"))).extracting(c -> c.path("caseReference").asText())
            .containsExactly(newReview);
    }

    @Test
    @DisplayName("from the new review: the engine's case, pointing back to the cycle that started it")
    void theChainFromTheNewReview() {
        JsonNode chain = chain("bu", newReview);

        assertThat(chain.path("caseRecord").path("processKey").asText()).isEqualTo("multi-agency-case-review");
        assertThat(chain.path("caseRecord").path("sourceReference").asText()).isEqualTo(s.reviewCycle);
        assertThat(list(chain.path("lessons"))).isEmpty();
        assertThat(list(chain.path("followOnCases"))).isEmpty();
    }

    @Test
    @DisplayName("a reference nothing knows: 404 with a sentence; an agency: 403")
    void unknownReferenceAndAgency() {
        HttpResponse<String> unknown = rest.get("bu", "/api/learning/chain/SCR-NONE-" + s.token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("message").asText()).isEqualTo("Neither the learning register nor the case "
            + "history has anything for SCR-NONE-" + s.token + ".");

        assertThat(rest.get("police", "/api/learning/chain/" + s.review).statusCode()).isEqualTo(403);
    }

    private JsonNode chain(String user, String reference) {
        HttpResponse<String> response = rest.get(user, "/api/learning/chain/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }
}
