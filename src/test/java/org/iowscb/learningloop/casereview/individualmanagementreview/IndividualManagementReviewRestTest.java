package org.iowscb.learningloop.casereview.individualmanagementreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.Elements;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An individual management review over HTTP as the people of CONTRACT.md: the business unit
 * starts it for health, health reviews itself, the SCR Sub Group sends it back once and then
 * accepts it. Police, probation and children's services never see any of it.
 */
class IndividualManagementReviewRestTest extends RestProcessTest {

    static final List<String> NOT_INVOLVED = List.of("police", "probation", "childrens-services");

    @Autowired
    LearningHandovers handovers;

    @Test
    @DisplayName("a review for agency-health: each task reaches its group only; police never sees anything")
    void onlyTheReviewingAgencySeesItsTasks() throws Exception {
        String key = rest.start("bu", IndividualManagementReview.KEY, Map.of(
            "reviewingAgency", "agency-health",
            "incidentKnownOn", LocalDate.now().minusDays(10).toString())).path("businessKey").asText();
        assertThat(key).startsWith("IMR-");

        assertOnlyVisibleTo(key, Elements.REVIEW_OWN_INVOLVEMENT, "health");
        rest.work("health", key, Elements.REVIEW_OWN_INVOLVEMENT, agencyReview("Seen in clinic twice"));

        assertOnlyVisibleTo(key, Elements.CONSIDER_MANAGEMENT_REVIEW, "scr-chair");
        rest.work("scr-chair", key, Elements.CONSIDER_MANAGEMENT_REVIEW, Map.of(
            "reviewAccepted", false,
            "returnReasons", "Add the health visitor's contact"));

        assertOnlyVisibleTo(key, Elements.REVIEW_OWN_INVOLVEMENT, "health");
        assertThat(formVariables("health", key).path("returnReasons").path("value").asText())
            .as("the agency sees why its review came back").isEqualTo("Add the health visitor's contact");
        rest.work("health", key, Elements.REVIEW_OWN_INVOLVEMENT, agencyReview("Clinic twice, health visitor once"));

        assertOnlyVisibleTo(key, Elements.CONSIDER_MANAGEMENT_REVIEW, "scr-chair");
        rest.work("scr-chair", key, Elements.CONSIDER_MANAGEMENT_REVIEW, Map.of("reviewAccepted", true));

        assertOnlyVisibleTo(key, Elements.RECORD_FINDINGS, "scr-chair");
        rest.work("scr-chair", key, Elements.RECORD_FINDINGS, Map.of(
            "findings", "Health visitors' contacts belong in the agency chronology"));

        executeJobsOf(key);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(handovers.find(key)).hasValueSatisfying(handover ->
            assertThat(handover.findings()).isEqualTo("Health visitors' contacts belong in the agency chronology"));
        for (String user : NOT_INVOLVED) {
            assertThat(rest.send(user, "GET", "/engine-rest/history/task?processInstanceBusinessKey=" + key, null)
                .body()).as("%s's view of the history", user).isEqualTo("[]");
        }
    }

    @Test
    @DisplayName("the start form with an unknown agency is refused with a 400 that says why, and no case starts")
    void unknownAgencyIs400() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(IndividualManagementReview.KEY).count();

        // submit-form is what Tasklist's start form calls
        HttpResponse<String> response = rest.send("scr-chair", "POST",
            "/engine-rest/process-definition/key/" + IndividualManagementReview.KEY + "/submit-form",
            Map.of("variables", Map.of(
                "reviewingAgency", Map.of("value", "agency-fire-service"),
                "incidentKnownOn", Map.of("value", LocalDate.now().minusDays(3).toString()))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("reviewingAgency: 'agency-fire-service' is not a known agency");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(IndividualManagementReview.KEY).count()).isEqualTo(before);
    }

    @Test
    @DisplayName("an agency cannot commission a review of itself or of anyone else")
    void anAgencyCannotStartAReview() {
        HttpResponse<String> response = rest.send("police", "POST",
            "/engine-rest/process-definition/key/" + IndividualManagementReview.KEY + "/start",
            Map.of("variables", Map.of(
                "reviewingAgency", Map.of("value", "agency-health"),
                "incidentKnownOn", Map.of("value", LocalDate.now().minusDays(3).toString()))));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    /** The task is visible to this user and to no agency that is not involved. */
    private void assertOnlyVisibleTo(String key, String taskKey, String user) {
        assertThat(taskKeys(user, key)).as("%s's tasks of %s", user, key).containsExactly(taskKey);
        for (String other : NOT_INVOLVED) {
            assertThat(taskKeys(other, key)).as("%s's tasks of %s", other, key).isEmpty();
        }
        if (!user.equals("health")) {
            assertThat(taskKeys("health", key)).as("health's tasks of %s", key).isEmpty();
        }
        if (!user.equals("scr-chair")) {
            assertThat(taskKeys("scr-chair", key)).as("scr-chair's tasks of %s", key).isEmpty();
        }
    }

    private List<String> taskKeys(String user, String key) {
        return rest.tasks(user, key).stream().map(task -> task.path("taskDefinitionKey").asText()).toList();
    }

    private JsonNode formVariables(String user, String key) throws Exception {
        String taskId = rest.tasks(user, key).get(0).path("id").asText();
        return new ObjectMapper().readTree(
            rest.send(user, "GET", "/engine-rest/task/" + taskId + "/form-variables", null).body());
    }

    private static Map<String, Object> agencyReview(String chronology) {
        return Map.of(
            "chronology", chronology,
            "analysis", "Concerns noted, not shared",
            "recommendations", "Share concerns with the GP the same day",
            "actionPoints", "Brief clinic staff");
    }
}
