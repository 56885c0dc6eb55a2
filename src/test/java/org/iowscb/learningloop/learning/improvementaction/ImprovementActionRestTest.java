package org.iowscb.learningloop.learning.improvementaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_DESCRIPTION;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE_ACCEPTED;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE_CHECK;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MONITORING_GROUP;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.OWNER_GROUP;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction.Elements;
import org.iowscb.learningloop.support.ApplicationTest;
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
class ImprovementActionRestTest extends ApplicationTest {

    static final String POLICE_EVIDENCE = "Every domestic abuse call-out is now referred to the MASH the same day; "
        + "the duty sergeant checks the log at each shift change";

    /** How Camunda's REST API writes dates. */
    static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingDays workingDays;

    @Test
    @DisplayName("police own the action: police see and work it, health and probation see nothing, the PQA chair accepts")
    void policeEvidencePqaAccepts() {
        String dueOn = LocalDate.now().plusDays(30).toString();
        String key = rest.startCase("bu", ImprovementAction.KEY, Map.of(
            ACTION_DESCRIPTION.name(), "Police refer every domestic abuse call-out to the MASH the same day",
            OWNER_GROUP.name(), "agency-police",
            DUE_ON.name(), dueOn,
            MONITORING_GROUP.name(), "pqa-subgroup"));
        assertThat(key).startsWith("ACT-");
        assertThat(register(key)).containsEntry("state", "OPEN").containsEntry("owner_group", "agency-police");

        views.assertVisible(key, Map.of("police", Elements.GIVE_EVIDENCE));
        String evidenceTask = views.taskId("police", key);
        assertThat(OffsetDateTime.parse(rest.tasks("police", key).get(0).path("due").asText(), CAMUNDA_DATE).toInstant())
            .as("due at the end of the working day of dueOn").isEqualTo(workingDays.after(dueOn, 0).toInstant());
        assertThat(rest.claim("board", evidenceTask).statusCode()).as("the Board follows, it does not work the police's task")
            .isEqualTo(403);
        JsonNode form = views.formVariables("police", key);
        assertThat(form.path(ACTION_DESCRIPTION.name()).path("value").asText())
            .isEqualTo("Police refer every domestic abuse call-out to the MASH the same day");
        assertThat(form.path(ACTION_REFERENCE.name()).path("value").asText()).isEqualTo(key);

        HttpResponse<String> done = rest.complete("police", evidenceTask, Map.of(EVIDENCE.name(), "Done."));
        assertThat(done.statusCode()).isEqualTo(400);
        assertThat(done.body()).contains("say what changed in practice, not just 'done'");
        assertThat(register(key)).containsEntry("state", "OPEN").containsEntry("evidence", null);

        rest.work("police", key, Elements.GIVE_EVIDENCE, Map.of(
            EVIDENCE.name(), POLICE_EVIDENCE,
            EVIDENCE_CHECK.name(), "Dip sample of 20 call-outs: all referred the same day"));

        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_EVIDENCE));
        assertThat(views.formVariables("pqa-chair", key).path(EVIDENCE.name()).path("value").asText())
            .isEqualTo(POLICE_EVIDENCE);
        assertThat(register(key)).containsEntry("state", "EVIDENCE_GIVEN").containsEntry("evidence", POLICE_EVIDENCE);
        rest.work("pqa-chair", key, Elements.CONSIDER_EVIDENCE, Map.of(EVIDENCE_ACCEPTED.name(), true));

        views.assertVisible(key, Map.of());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
            .variableName(ImprovementAction.ACTION_OUTCOME.name())
            .processInstanceIdIn(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(key).singleResult().getId())
            .singleResult().getValue()).isEqualTo(ImprovementAction.COMPLETED);
        assertThat(register(key)).containsEntry("state", "COMPLETED");
        views.assertNoTraceFor(key, List.of("health", "probation"));
    }

    @Test
    @DisplayName("the start form with an unknown owner or a past due date is refused with a 400 that says why")
    void badStartIs400() {
        long before = jdbc.queryForObject("select count(*) from ll_action", Long.class);

        HttpResponse<String> response = rest.submitStartForm("bu", ImprovementAction.KEY, Map.of(
            ACTION_DESCRIPTION.name(), "Refer every call-out the same day",
            OWNER_GROUP.name(), "agency-fire-service",
            DUE_ON.name(), LocalDate.now().minusDays(1).toString(),
            MONITORING_GROUP.name(), "pqa-subgroup"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("the due date must be in the future",
            "Owner: 'agency-fire-service' is not a known group");
        assertThat(jdbc.queryForObject("select count(*) from ll_action", Long.class)).isEqualTo(before);
    }

    private Map<String, Object> register(String reference) {
        return jdbc.queryForMap("select * from ll_action where action_reference = ?", reference);
    }
}
