package org.iowscb.learningloop.audit.thematiccaseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.audit.caseaudit.AuditTaskViews;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.support.RestProcessTest;
import org.iowscb.learningloop.audit.thematiccaseaudit.ThematicCaseAudit.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A thematic case audit over HTTP as the people of CONTRACT.md: the business unit commissions it
 * for police and health; each agency sees only its own audit task; the reminder reaches the
 * business unit; the moderation, the PQA Sub Group's acceptance and the findings follow.
 * Probation and children's services, not taking part, never see anything of it.
 */
class ThematicCaseAuditRestTest extends RestProcessTest {

    @Autowired
    LearningHandovers handovers;

    AuditTaskViews views;

    @BeforeEach
    void views() {
        views = new AuditTaskViews(rest);
    }

    @Test
    @DisplayName("police and health audit: each sees only its own task, probation and children's services nothing")
    void eachAgencySeesOnlyItsOwnAuditTask() {
        String key = rest.start("bu", ThematicCaseAudit.KEY, Map.of(
            "theme", "Neglect of children under five",
            "caseSample", "CS-2026-0412, PN/88123, HV.5521",
            "involvedAgencies", "agency-police, agency-health",
            "auditDeadline", LocalDate.now().plusDays(30).toString())).path("businessKey").asText();
        assertThat(key).startsWith("AUD-");

        views.assertVisible(key, Map.of("police", Elements.AUDIT_CASE_SAMPLE, "health", Elements.AUDIT_CASE_SAMPLE));
        String policeTask = views.taskId("police", key, Elements.AUDIT_CASE_SAMPLE);
        String healthTask = views.taskId("health", key, Elements.AUDIT_CASE_SAMPLE);
        assertThat(policeTask).as("police and health work different tasks").isNotEqualTo(healthTask);
        assertThat(rest.send("police", "POST", "/engine-rest/task/" + healthTask + "/claim", Map.of("userId", "police"))
            .statusCode()).as("police cannot claim health's audit").isEqualTo(403);
        assertThat(rest.complete("police", healthTask, AuditTaskViews.auditReturn("x", "good")).statusCode())
            .as("police cannot complete health's audit").isEqualTo(403);
        assertThat(rest.send("board", "POST", "/engine-rest/task/" + policeTask + "/claim", Map.of("userId", "board"))
            .statusCode()).as("the Board follows the audit but does not work an agency's task").isEqualTo(403);

        fireTimer(key, Elements.RETURNS_REMINDER_DUE);
        views.assertVisible(key, Map.of("police", Elements.AUDIT_CASE_SAMPLE, "health", Elements.AUDIT_CASE_SAMPLE));
        assertThat(views.taskKeys("bu", key)).contains(Elements.CHASE_OUTSTANDING_RETURNS);
        rest.work("police", key, Elements.AUDIT_CASE_SAMPLE, AuditTaskViews.auditReturn("Quick strategy discussions",
            "good"));
        views.assertVisible(key, Map.of("health", Elements.AUDIT_CASE_SAMPLE));
        String openHealthTask = views.taskId("health", key, Elements.AUDIT_CASE_SAMPLE);
        for (String path : List.of("/engine-rest/task/" + openHealthTask + "/variables",
            "/engine-rest/task/" + openHealthTask + "/form-variables")) {
            assertThat(rest.send("health", "GET", path, null).body())
                .as("health cannot read the police's return through %s", path)
                .doesNotContain("Quick strategy discussions");
        }
        rest.work("bu", key, Elements.CHASE_OUTSTANDING_RETURNS, Map.of("chaseNote", "Phoned health's safeguarding lead"));
        rest.work("health", key, Elements.AUDIT_CASE_SAMPLE, AuditTaskViews.auditReturn("Health visitors saw the home",
            "requires-improvement"));

        views.assertVisible(key, Map.of());
        assertThat(views.taskKeys("bu", key)).containsExactly(Elements.MODERATE_AUDIT_FINDINGS);
        rest.work("bu", key, Elements.MODERATE_AUDIT_FINDINGS, Map.of(
            "moderatedOn", LocalDate.now().toString(),
            "moderatedFindings", "Neglect is recognised late",
            "overallGrading", "requires-improvement",
            "actionPlan", "Health: neglect screening tool by March"));

        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_AUDIT_REPORT));
        rest.work("pqa-chair", key, Elements.CONSIDER_AUDIT_REPORT, Map.of("reportAccepted", true));
        views.assertVisible(key, Map.of("pqa-chair", Elements.RECORD_FINDINGS));
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            "actionPlan", "Health: neglect screening tool by March (owner: agency-health)",
            "findings", "Neglect is recognised late where no agency holds the whole picture"));

        executeJobsOf(key);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(handovers.find(key)).hasValueSatisfying(handover -> assertThat(handover.findings())
            .isEqualTo("Neglect is recognised late where no agency holds the whole picture"));
        for (String user : List.of("probation", "childrens-services")) {
            assertThat(views.history(user, key)).as("%s's view of the history", user).isEqualTo("[]");
        }
    }

    private void fireTimer(String key, String activityId) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getId();
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(activityId)
            .singleResult().getId());
    }
}
