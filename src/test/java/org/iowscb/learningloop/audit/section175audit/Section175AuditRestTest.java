package org.iowscb.learningloop.audit.section175audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.audit.section175audit.Section175Audit.Elements;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.Standard;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A section 175/157 cycle over HTTP as the people of CONTRACT.md: the business unit starts it
 * for school A and school B; each school sees and answers only its own self-assessment; the PQA
 * chair scrutinises, the Education Sub Group chair reviews each action plan, the PQA chair
 * records the findings. The next cycle, started by the Education Sub Group chair, opens each
 * school's form with its own previous answers. No agency sees anything.
 */
class Section175AuditRestTest extends RestProcessTest {

    static final List<String> USERS = List.of("school-a", "school-b", "pqa-chair", "edu-chair", "police", "health",
        "scr-chair");
    static final Standard ONLINE_SAFETY = Section175Audit.STANDARDS.get(6);

    @Autowired
    LearningHandovers handovers;

    @Test
    @DisplayName("each school sees only its own self-assessment; the next cycle shows it its previous answers")
    void eachSchoolSeesOnlyItsOwnSelfAssessment() throws Exception {
        String deadline = LocalDate.now().plusMonths(2).toString();
        String key = rest.start("bu", Section175Audit.KEY, Map.of(
            "schools", "school-a, school-b", "deadline", deadline)).path("businessKey").asText();
        assertThat(key).startsWith("S175-");

        assertVisible(key, Map.of("school-a", Elements.COMPLETE_SELF_ASSESSMENT,
            "school-b", Elements.COMPLETE_SELF_ASSESSMENT));
        String schoolBTask = rest.tasks("school-b", key).get(0).path("id").asText();
        assertThat(rest.send("school-a", "GET", "/engine-rest/task/" + schoolBTask + "/form-variables", null)
            .statusCode()).as("school A reading school B's self-assessment").isIn(403, 404);
        assertThat(rest.send("school-a", "POST", "/engine-rest/task/" + schoolBTask + "/claim",
            Map.of("userId", "school-a")).statusCode()).as("school A claiming school B's task").isIn(403, 404);
        rest.work("school-a", key, Elements.COMPLETE_SELF_ASSESSMENT, Answers.allMet(Section175Audit.STANDARDS,
            "School A evidence").gap(ONLINE_SAFETY, Rating.NOT_MET, "Filtering is not monitored").asMap());

        assertVisible(key, Map.of("school-b", Elements.COMPLETE_SELF_ASSESSMENT,
            "pqa-chair", Elements.SCRUTINISE_SELF_ASSESSMENT));
        assertThat(formVariables("school-b", key).toString()).doesNotContain("School A evidence");
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of("assessmentAccepted", true));

        assertVisible(key, Map.of("school-b", Elements.COMPLETE_SELF_ASSESSMENT,
            "edu-chair", Elements.REVIEW_ACTION_PLAN));
        assertThat(formVariables("edu-chair", key).path("gaps").path("value").toString())
            .contains("Filtering is not monitored");
        rest.work("edu-chair", key, Elements.REVIEW_ACTION_PLAN, Map.of(
            "actionPlanComments", "Agree a monitoring routine with the IT provider",
            "supportOffered", "Online safety training for the designated safeguarding lead"));

        assertVisible(key, Map.of("school-b", Elements.COMPLETE_SELF_ASSESSMENT));
        rest.work("school-b", key, Elements.COMPLETE_SELF_ASSESSMENT,
            Answers.allMet(Section175Audit.STANDARDS, "School B evidence").asMap());
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of("assessmentAccepted", true));
        assertVisible(key, Map.of("edu-chair", Elements.REVIEW_ACTION_PLAN));
        rest.work("edu-chair", key, Elements.REVIEW_ACTION_PLAN, Map.of("actionPlanComments", "No gaps: well done"));
        executeJobsOf(key); // the actions start in a step of their own

        assertVisible(key, Map.of("pqa-chair", Elements.RECORD_FINDINGS));
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            "findings", "Online safety monitoring is the weakest standard"));
        executeJobsOf(key);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(handovers.find(key)).isPresent();

        String next = rest.start("edu-chair", Section175Audit.KEY, Map.of(
            "schools", "school-a, school-b", "deadline", deadline)).path("businessKey").asText();
        JsonNode carried = formVariables("school-a", next);
        assertThat(carried.path("previousCycle").path("value").asText()).isEqualTo(key);
        assertThat(carried.path(ONLINE_SAFETY.gap().name()).path("value").asText()).isEqualTo("Filtering is not monitored");
        assertThat(formVariables("school-b", next).toString()).contains("School B evidence")
            .doesNotContain("School A evidence");
    }

    @Test
    @DisplayName("a cycle naming an agency as a school is refused with a 400 that says why")
    void agencyAsSchoolIs400() {
        HttpResponse<String> response = rest.send("edu-chair", "POST",
            "/engine-rest/process-definition/key/" + Section175Audit.KEY + "/submit-form",
            Map.of("variables", Map.of(
                "schools", Map.of("value", "school-a, agency-police"),
                "deadline", Map.of("value", LocalDate.now().plusMonths(2).toString()))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("schools: 'agency-police' is not a known school");
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
