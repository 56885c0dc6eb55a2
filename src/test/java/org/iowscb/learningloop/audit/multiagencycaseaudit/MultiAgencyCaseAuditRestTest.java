package org.iowscb.learningloop.audit.multiagencycaseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.audit.caseaudit.AuditTaskViews;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.audit.multiagencycaseaudit.MultiAgencyCaseAudit.Elements;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A multi-agency case audit over HTTP as the people of CONTRACT.md: the PQA chair commissions it
 * for police and children's services; police returns its audit, children's services does not;
 * the deadline passes and the PQA chair moderates without it; the Sub Group returns the report
 * once, then accepts it. Health and probation, not taking part, never see anything of it.
 */
class MultiAgencyCaseAuditRestTest extends RestProcessTest {

    @Autowired
    LearningHandovers handovers;

    AuditTaskViews views;

    @BeforeEach
    void views() {
        views = new AuditTaskViews(rest);
    }

    @Test
    @DisplayName("commissioned by the PQA chair; the deadline passes; moderated without the missing return")
    void escalatedAndModeratedWithoutTheMissingReturn() {
        String key = rest.start("pqa-chair", MultiAgencyCaseAudit.KEY, Map.of(
            "journeyFocus", "From the first contact to the initial child protection conference",
            "caseSample", "CS-2026-0101, CS-2026-0102",
            "involvedAgencies", "agency-police, agency-childrens-services",
            "auditDeadline", LocalDate.now().plusDays(20).toString())).path("businessKey").asText();
        assertThat(key).startsWith("AUD-");

        views.assertVisible(key, Map.of("police", Elements.AUDIT_CASE_SAMPLE,
            "childrens-services", Elements.AUDIT_CASE_SAMPLE));
        rest.work("police", key, Elements.AUDIT_CASE_SAMPLE, AuditTaskViews.auditReturn("Prompt referrals", "good"));
        views.assertVisible(key, Map.of("childrens-services", Elements.AUDIT_CASE_SAMPLE));

        fireTimer(key, Elements.RETURNS_DEADLINE_PASSED);
        views.assertVisible(key, Map.of("childrens-services", Elements.AUDIT_CASE_SAMPLE,
            "pqa-chair", Elements.ESCALATE_OVERDUE_RETURNS));
        rest.work("pqa-chair", key, Elements.ESCALATE_OVERDUE_RETURNS, Map.of(
            "escalationAction", "Wrote to the director of children's services",
            "moderateWithoutMissingReturns", true));

        views.assertVisible(key, Map.of());
        assertThat(views.taskKeys("bu", key)).containsExactly(Elements.MODERATE_AUDIT_FINDINGS);
        rest.work("bu", key, Elements.MODERATE_AUDIT_FINDINGS, moderation("Findings v1"));
        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_AUDIT_REPORT));
        rest.work("pqa-chair", key, Elements.CONSIDER_AUDIT_REPORT, Map.of(
            "reportAccepted", false, "returnReasons", "Say what the missing return means for the findings"));

        views.assertVisible(key, Map.of());
        rest.work("bu", key, Elements.MODERATE_AUDIT_FINDINGS, moderation("Findings v2"));
        rest.work("pqa-chair", key, Elements.CONSIDER_AUDIT_REPORT, Map.of("reportAccepted", true));
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            "actionPlan", "Police: share strategy discussion notes (owner: agency-police)",
            "findings", "Strategy discussions are prompt; notes do not reach the conference"));

        executeJobsOf(key);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(handovers.find(key)).isPresent();
        for (String user : List.of("health", "probation")) {
            assertThat(views.history(user, key)).as("%s's view of the history", user).isEqualTo("[]");
        }
    }

    @Test
    @DisplayName("a name in the case sample is refused with a 400 that says why, and no audit starts")
    void aNameInTheSampleIs400() {
        long before = countAudits();

        // submit-form is what Tasklist's start form calls
        HttpResponse<String> response = rest.send("pqa-chair", "POST",
            "/engine-rest/process-definition/key/" + MultiAgencyCaseAudit.KEY + "/submit-form",
            Map.of("variables", Map.of(
                "journeyFocus", Map.of("value", "Referral to conference"),
                "caseSample", Map.of("value", "CS-2026-0101, Jane Doe"),
                "involvedAgencies", Map.of("value", "agency-police"),
                "auditDeadline", Map.of("value", LocalDate.now().plusDays(20).toString()))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("caseSample: entry 2 does not look like a case reference")
            .doesNotContain("Jane Doe");
        assertThat(countAudits()).isEqualTo(before);
    }

    @Test
    @DisplayName("an agency cannot commission an audit")
    void anAgencyCannotCommission() {
        HttpResponse<String> response = rest.send("police", "POST",
            "/engine-rest/process-definition/key/" + MultiAgencyCaseAudit.KEY + "/start",
            Map.of("variables", Map.of("journeyFocus", Map.of("value", "Referral to conference"))));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> moderation(String findings) {
        return Map.of(
            "moderatedOn", LocalDate.now().toString(),
            "moderatedFindings", findings,
            "overallGrading", "good",
            "actionPlan", "Police: share strategy discussion notes");
    }

    private void fireTimer(String key, String activityId) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getId();
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(activityId)
            .singleResult().getId());
    }

    private long countAudits() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(MultiAgencyCaseAudit.KEY).count();
    }
}
