package org.iowscb.learningloop.audit.singleagencyaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.audit.caseaudit.AuditTaskViews;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.Elements;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A single agency audit over HTTP as the people of CONTRACT.md: the business unit commissions it
 * for health; health audits its own practice; the PQA Sub Group challenges once, then accepts.
 * Police, probation and children's services never see any of it.
 */
class SingleAgencyAuditRestTest extends RestProcessTest {

    @Autowired
    LearningHandovers handovers;

    AuditTaskViews views;

    @BeforeEach
    void views() {
        views = new AuditTaskViews(rest);
    }

    @Test
    @DisplayName("an audit by agency-health: only health sees its task; the challenge reaches health's form")
    void onlyTheAuditingAgencySeesItsTask() throws Exception {
        String key = rest.start("bu", SingleAgencyAudit.KEY, Map.of(
            "auditingAgency", "agency-health",
            "auditFocus", "Health visitors' records of home conditions",
            "caseSample", "HV-2026-101, HV-2026-102",
            "auditDeadline", LocalDate.now().plusDays(30).toString())).path("businessKey").asText();
        assertThat(key).startsWith("AUD-");

        views.assertVisible(key, Map.of("health", Elements.AUDIT_OWN_PRACTICE));
        String healthTask = views.taskId("health", key, Elements.AUDIT_OWN_PRACTICE);
        assertThat(rest.send("board", "POST", "/engine-rest/task/" + healthTask + "/claim", Map.of("userId", "board"))
            .statusCode()).as("the Board follows the audit but does not work health's task").isEqualTo(403);
        rest.work("health", key, Elements.AUDIT_OWN_PRACTICE, audit("Records kept"));

        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_AGENCY_AUDIT));
        rest.work("pqa-chair", key, Elements.CONSIDER_AGENCY_AUDIT, Map.of(
            "auditAccepted", false, "challenge", "Why is the grading good when referrals were missed?"));

        views.assertVisible(key, Map.of("health", Elements.AUDIT_OWN_PRACTICE));
        assertThat(formVariables("health", key).path("challenge").path("value").asText())
            .as("health sees the challenge").isEqualTo("Why is the grading good when referrals were missed?");
        rest.work("health", key, Elements.AUDIT_OWN_PRACTICE, audit("Records kept; referrals missed"));

        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_AGENCY_AUDIT));
        rest.work("pqa-chair", key, Elements.CONSIDER_AGENCY_AUDIT, Map.of("auditAccepted", true));
        views.assertVisible(key, Map.of("pqa-chair", Elements.RECORD_FINDINGS));
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            "findings", "Home conditions are recorded but not referred"));

        executeJobsOf(key);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(handovers.find(key)).hasValueSatisfying(handover ->
            assertThat(handover.findings()).isEqualTo("Home conditions are recorded but not referred"));
        for (String user : List.of("police", "probation", "childrens-services")) {
            assertThat(views.history(user, key)).as("%s's view of the history", user).isEqualTo("[]");
        }
    }

    private JsonNode formVariables(String user, String key) throws Exception {
        String taskId = views.taskId(user, key, Elements.AUDIT_OWN_PRACTICE);
        return new ObjectMapper().readTree(
            rest.send(user, "GET", "/engine-rest/task/" + taskId + "/form-variables", null).body());
    }

    private static Map<String, Object> audit(String workedWell) {
        Map<String, Object> audit = new HashMap<>(AuditTaskViews.auditReturn(workedWell, "requires-improvement"));
        audit.put("actionPlan", "Supervision audit of home-conditions entries by March");
        return audit;
    }
}
