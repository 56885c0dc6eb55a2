package org.iowscb.learningloop.audit.section11audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.audit.section11audit.Section11Audit.Elements;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.Standard;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A section 11 cycle over HTTP as the people of CONTRACT.md: the business unit starts it for
 * police and health; each agency sees and answers only its own self-assessment; the PQA chair
 * challenges police once, then accepts both and records the findings. A second cycle, started by
 * the PQA chair, opens police's form with police's answers of the first. Probation and children's
 * services, not in the cycle, see nothing.
 */
class Section11AuditRestTest extends RestProcessTest {

    static final List<String> USERS = List.of("police", "health", "probation", "childrens-services", "pqa-chair",
        "scr-chair", "school-a");
    static final Standard TRAINING = Section11Audit.STANDARDS.get(4);

    @Autowired
    LearningHandovers handovers;

    @Test
    @DisplayName("each agency sees only its own self-assessment; the next cycle shows it its previous answers")
    void eachAgencySeesOnlyItsOwnSelfAssessment() throws Exception {
        String deadline = LocalDate.now().plusMonths(2).toString();
        HttpResponse<String> startForm = rest.send("bu", "GET",
            "/engine-rest/process-definition/key/" + Section11Audit.KEY + "/startForm", null);
        assertThat(startForm.body()).as("Tasklist shows the start form").contains("s11-start");
        String key = rest.start("bu", Section11Audit.KEY, Map.of(
            "agencies", "agency-police, agency-health", "deadline", deadline)).path("businessKey").asText();
        assertThat(key).startsWith("S11-");

        assertVisible(key, Map.of("police", Elements.COMPLETE_SELF_ASSESSMENT,
            "health", Elements.COMPLETE_SELF_ASSESSMENT));
        String healthTask = rest.tasks("health", key).get(0).path("id").asText();
        assertThat(rest.send("police", "GET", "/engine-rest/task/" + healthTask + "/form-variables", null)
            .statusCode()).as("police reading health's self-assessment").isIn(403, 404);
        assertThat(formVariables("police", key).path("agency").path("value").asText()).isEqualTo("agency-police");
        rest.work("police", key, Elements.COMPLETE_SELF_ASSESSMENT, Answers.allMet(Section11Audit.STANDARDS,
            "Police evidence").gap(TRAINING, Rating.PARTIALLY_MET, "Refresher training overdue").asMap());

        assertVisible(key, Map.of("health", Elements.COMPLETE_SELF_ASSESSMENT,
            "pqa-chair", Elements.SCRUTINISE_SELF_ASSESSMENT));
        assertThat(formVariables("pqa-chair", key).path("answers").path("value").toString())
            .contains("Police evidence (leadership)", "Refresher training overdue");
        assertThat(formVariables("health", key).toString()).as("health never reads police's answers")
            .doesNotContain("Police evidence");
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of(
            "assessmentAccepted", false, "challenge", "How many officers had refresher training this year?"));

        assertVisible(key, Map.of("police", Elements.COMPLETE_SELF_ASSESSMENT,
            "health", Elements.COMPLETE_SELF_ASSESSMENT));
        JsonNode returned = formVariables("police", key);
        assertThat(returned.path("challenge").path("value").asText())
            .isEqualTo("How many officers had refresher training this year?");
        assertThat(returned.path(TRAINING.gap().name()).path("value").asText()).isEqualTo("Refresher training overdue");
        rest.work("police", key, Elements.COMPLETE_SELF_ASSESSMENT, Answers.allMet(Section11Audit.STANDARDS,
            "Police evidence").gap(TRAINING, Rating.PARTIALLY_MET, "62% of officers trained this year").asMap());
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of("assessmentAccepted", true));

        assertVisible(key, Map.of("health", Elements.COMPLETE_SELF_ASSESSMENT));
        rest.work("health", key, Elements.COMPLETE_SELF_ASSESSMENT,
            Answers.allMet(Section11Audit.STANDARDS, "Health evidence").asMap());
        assertVisible(key, Map.of("pqa-chair", Elements.SCRUTINISE_SELF_ASSESSMENT));
        String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getId();
        for (String query : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
            "/engine-rest/history/variable-instance?processInstanceId=" + instanceId)) {
            assertThat(rest.send("police", "GET", query, null).body()).as("police asking %s", query)
                .doesNotContain("Health evidence");
        }
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of("assessmentAccepted", true));
        executeJobsOf(key); // the actions start in a step of their own

        assertVisible(key, Map.of("pqa-chair", Elements.RECORD_FINDINGS));
        assertThat(formVariables("pqa-chair", key).path("actions").path("value").toString())
            .contains("agency-police", "62% of officers trained this year").doesNotContain("agency-health");
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            "findings", "Police refresher training is behind; health meets every standard"));
        executeJobsOf(key);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(handovers.find(key)).isPresent();

        String next = rest.start("pqa-chair", Section11Audit.KEY, Map.of(
            "agencies", "agency-police, agency-health", "deadline", deadline)).path("businessKey").asText();
        JsonNode carried = formVariables("police", next);
        assertThat(carried.path("previousCycle").path("value").asText()).isEqualTo(key);
        assertThat(carried.path(TRAINING.rating().name()).path("value").asText()).isEqualTo("partially-met");
        assertThat(carried.path(TRAINING.gap().name()).path("value").asText())
            .isEqualTo("62% of officers trained this year");
        assertThat(carried.path("previousGaps").path("value").toString()).contains("62% of officers trained this year");
        assertThat(formVariables("health", next).toString()).contains("Health evidence").doesNotContain("Police evidence");
    }

    @Test
    @DisplayName("a cycle naming a school as an agency is refused with a 400 that says why; an agency cannot start one")
    void badStartIs400() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(Section11Audit.KEY).count();

        HttpResponse<String> response = rest.send("pqa-chair", "POST",
            "/engine-rest/process-definition/key/" + Section11Audit.KEY + "/submit-form",
            Map.of("variables", Map.of(
                "agencies", Map.of("value", "agency-police, school-a"),
                "deadline", Map.of("value", LocalDate.now().plusMonths(2).toString()))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("agencies: 'school-a' is not a known agency");
        assertThat(rest.send("police", "POST", "/engine-rest/process-definition/key/" + Section11Audit.KEY + "/start",
            Map.of("variables", Map.of())).statusCode()).isEqualTo(403);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(Section11Audit.KEY).count()).isEqualTo(before);
    }

    /** Exactly these users see exactly these tasks of the case; every other user sees none. */
    private void assertVisible(String key, Map<String, String> taskOf) {
        for (String user : USERS) {
            List<String> expected = taskOf.containsKey(user) ? List.of(taskOf.get(user)) : List.of();
            assertThat(rest.tasks(user, key).stream().map(t -> t.path("taskDefinitionKey").asText()).toList())
                .as("%s's tasks of %s", user, key).isEqualTo(expected);
        }
    }

    private JsonNode formVariables(String user, String key) throws Exception {
        String taskId = rest.tasks(user, key).get(0).path("id").asText();
        HttpResponse<String> response = rest.send(user, "GET", "/engine-rest/task/" + taskId + "/form-variables", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
