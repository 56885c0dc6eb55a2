package org.iowscb.learningloop.learning.improvementaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction.Elements;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An improvement action over HTTP as the people of CONTRACT.md: the business unit starts it
 * directly for the police, monitored by the PQA Sub Group; the police give evidence ("done" is
 * refused); the PQA chair accepts it. At every step each task is visible to its group and to no
 * one else among the users below: health and probation never see anything.
 */
class ImprovementActionRestTest extends RestProcessTest {

    /** Everyone whose view is checked; the business unit and the Board, which follow every case, aside. */
    static final List<String> USERS = List.of("police", "health", "probation", "pqa-chair", "scr-chair", "edu-chair");

    static final String EVIDENCE = "Every domestic abuse call-out is now referred to the MASH the same day; "
        + "the duty sergeant checks the log at each shift change";

    /** How Camunda's REST API writes dates. */
    static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingDays workingDays;

    @Test
    @DisplayName("police own the action: police see and work it, health and probation see nothing, the PQA chair accepts")
    void policeEvidencePqaAccepts() throws Exception {
        String dueOn = LocalDate.now().plusDays(30).toString();
        String key = rest.start("bu", ImprovementAction.KEY, Map.of(
            "actionDescription", "Police refer every domestic abuse call-out to the MASH the same day",
            "ownerGroup", "agency-police",
            "dueOn", dueOn,
            "monitoringGroup", "pqa-subgroup")).path("businessKey").asText();
        assertThat(key).startsWith("ACT-");
        assertThat(register(key)).containsEntry("state", "OPEN").containsEntry("owner_group", "agency-police");

        assertVisible(key, Map.of("police", Elements.GIVE_EVIDENCE));
        String evidenceTask = rest.tasks("police", key).get(0).path("id").asText();
        assertThat(OffsetDateTime.parse(rest.tasks("police", key).get(0).path("due").asText(), CAMUNDA_DATE).toInstant())
            .as("due at the end of the working day of dueOn").isEqualTo(workingDays.after(dueOn, 0).toInstant());
        assertThat(rest.send("board", "POST", "/engine-rest/task/" + evidenceTask + "/claim",
            Map.of("userId", "board")).statusCode()).as("the Board follows, it does not work the police's task")
            .isEqualTo(403);
        JsonNode form = formVariables("police", key);
        assertThat(form.path("actionDescription").path("value").asText())
            .isEqualTo("Police refer every domestic abuse call-out to the MASH the same day");
        assertThat(form.path("actionReference").path("value").asText()).isEqualTo(key);

        HttpResponse<String> done = rest.complete("police", evidenceTask, Map.of("evidence", "Done."));
        assertThat(done.statusCode()).isEqualTo(400);
        assertThat(done.body()).contains("say what changed in practice, not just 'done'");
        assertThat(register(key)).containsEntry("state", "OPEN").containsEntry("evidence", null);

        rest.work("police", key, Elements.GIVE_EVIDENCE, Map.of(
            "evidence", EVIDENCE,
            "evidenceCheck", "Dip sample of 20 call-outs: all referred the same day"));

        assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_EVIDENCE));
        assertThat(formVariables("pqa-chair", key).path("evidence").path("value").asText()).isEqualTo(EVIDENCE);
        assertThat(register(key)).containsEntry("state", "EVIDENCE_GIVEN").containsEntry("evidence", EVIDENCE);
        rest.work("pqa-chair", key, Elements.CONSIDER_EVIDENCE, Map.of("evidenceAccepted", true));

        assertVisible(key, Map.of());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
            .variableName(ImprovementAction.ACTION_OUTCOME.name())
            .processInstanceIdIn(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(key).singleResult().getId())
            .singleResult().getValue()).isEqualTo(ImprovementAction.COMPLETED);
        assertThat(register(key)).containsEntry("state", "COMPLETED");
        for (String user : List.of("health", "probation")) {
            assertThat(rest.send(user, "GET", "/engine-rest/history/task?processInstanceBusinessKey=" + key, null)
                .body()).as("%s's view of the history", user).isEqualTo("[]");
        }
    }

    @Test
    @DisplayName("the start form with an unknown owner or a past due date is refused with a 400 that says why")
    void badStartIs400() {
        long before = jdbc.queryForObject("select count(*) from ll_action", Long.class);

        HttpResponse<String> response = rest.send("bu", "POST",
            "/engine-rest/process-definition/key/" + ImprovementAction.KEY + "/submit-form",
            Map.of("variables", Map.of(
                "actionDescription", Map.of("value", "Refer every call-out the same day"),
                "ownerGroup", Map.of("value", "agency-fire-service"),
                "dueOn", Map.of("value", LocalDate.now().minusDays(1).toString()),
                "monitoringGroup", Map.of("value", "pqa-subgroup"))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("the due date must be in the future",
            "ownerGroup: 'agency-fire-service' is not a known group");
        assertThat(jdbc.queryForObject("select count(*) from ll_action", Long.class)).isEqualTo(before);
    }

    /** Exactly these users see exactly these tasks of the case; every other user sees none. */
    private void assertVisible(String key, Map<String, String> taskOf) {
        for (String user : USERS) {
            List<String> expected = taskOf.containsKey(user) ? List.of(taskOf.get(user)) : List.of();
            assertThat(rest.tasks(user, key).stream().map(task -> task.path("taskDefinitionKey").asText()).toList())
                .as("%s's tasks of %s", user, key).isEqualTo(expected);
        }
    }

    private JsonNode formVariables(String user, String key) throws Exception {
        String taskId = rest.tasks(user, key).get(0).path("id").asText();
        return new ObjectMapper().readTree(
            rest.send(user, "GET", "/engine-rest/task/" + taskId + "/form-variables", null).body());
    }

    private Map<String, Object> register(String reference) {
        return jdbc.queryForMap("select * from ll_action where action_reference = ?", reference);
    }
}
