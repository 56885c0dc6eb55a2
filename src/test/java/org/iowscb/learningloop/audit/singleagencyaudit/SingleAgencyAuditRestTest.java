package org.iowscb.learningloop.audit.singleagencyaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.ACTION_PLAN;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDITING_AGENCY;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_ACCEPTED;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_DEADLINE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_FOCUS;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CASE_SAMPLE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CHALLENGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.audit.caseaudit.AuditReturnForm;
import org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A single agency audit over HTTP as the people of CONTRACT.md: the business unit commissions it
 * for health; health audits its own practice; the PQA Sub Group challenges once, then accepts.
 * Police, probation and children's services never see any of it.
 */
class SingleAgencyAuditRestTest extends ApplicationTest {

    @Test
    @DisplayName("an audit by agency-health: only health sees its task; the challenge reaches health's form")
    void onlyTheAuditingAgencySeesItsTask() {
        String key = rest.startCase("bu", SingleAgencyAudit.KEY, Map.of(
            AUDITING_AGENCY.name(), "agency-health",
            AUDIT_FOCUS.name(), "Health visitors' records of home conditions",
            CASE_SAMPLE.name(), "HV-2026-101, HV-2026-102",
            AUDIT_DEADLINE.name(), LocalDate.now().plusDays(30).toString()));
        assertThat(key).startsWith("AUD-");

        views.assertVisible(key, Map.of("health", Elements.AUDIT_OWN_PRACTICE));
        assertThat(rest.claim("board", views.taskId("health", key, Elements.AUDIT_OWN_PRACTICE)).statusCode())
            .as("the Board follows the audit but does not work health's task").isEqualTo(403);
        rest.work("health", key, Elements.AUDIT_OWN_PRACTICE, audit("Records kept"));

        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_AGENCY_AUDIT));
        rest.work("pqa-chair", key, Elements.CONSIDER_AGENCY_AUDIT, Map.of(
            AUDIT_ACCEPTED.name(), false, CHALLENGE.name(), "Why is the grading good when referrals were missed?"));

        views.assertVisible(key, Map.of("health", Elements.AUDIT_OWN_PRACTICE));
        assertThat(views.formVariables("health", key).path(CHALLENGE.name()).path("value").asText())
            .as("health sees the challenge").isEqualTo("Why is the grading good when referrals were missed?");
        rest.work("health", key, Elements.AUDIT_OWN_PRACTICE, audit("Records kept; referrals missed"));

        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_AGENCY_AUDIT));
        rest.work("pqa-chair", key, Elements.CONSIDER_AGENCY_AUDIT, Map.of(AUDIT_ACCEPTED.name(), true));
        views.assertVisible(key, Map.of("pqa-chair", Elements.RECORD_FINDINGS));
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            LearningLoop.FINDINGS.name(), "Home conditions are recorded but not referred"));

        assertThat(completedAndHandedOver(key).findings()).isEqualTo("Home conditions are recorded but not referred");
        views.assertNoTraceFor(key, List.of("police", "probation", "childrens-services"));
    }

    private static Map<String, Object> audit(String workedWell) {
        Map<String, Object> audit = AuditReturnForm.of(workedWell, "requires-improvement");
        audit.put(ACTION_PLAN.name(), "Supervision audit of home-conditions entries by March");
        return audit;
    }
}
