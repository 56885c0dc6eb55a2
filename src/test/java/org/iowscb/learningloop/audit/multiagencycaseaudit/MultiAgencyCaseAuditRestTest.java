package org.iowscb.learningloop.audit.multiagencycaseaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.ACTION_PLAN;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AUDIT_DEADLINE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CASE_SAMPLE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.ESCALATION_ACTION;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATED_FINDINGS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATED_ON;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATE_WITHOUT_MISSING_RETURNS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.OVERALL_GRADING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.REPORT_ACCEPTED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.RETURN_REASONS;
import static org.iowscb.learningloop.audit.multiagencycaseaudit.MultiAgencyCaseAudit.JOURNEY_FOCUS;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.audit.caseaudit.AuditReturnForm;
import org.iowscb.learningloop.audit.multiagencycaseaudit.MultiAgencyCaseAudit.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A multi-agency case audit over HTTP as the people of CONTRACT.md: the PQA chair commissions it
 * for police and children's services; police returns its audit, children's services does not;
 * the deadline passes and the PQA chair moderates without it; the Sub Group returns the report
 * once, then accepts it. Health and probation, not taking part, never see anything of it.
 */
class MultiAgencyCaseAuditRestTest extends ApplicationTest {

    @Test
    @DisplayName("commissioned by the PQA chair; the deadline passes; moderated without the missing return")
    void escalatedAndModeratedWithoutTheMissingReturn() {
        String key = rest.startCase("pqa-chair", MultiAgencyCaseAudit.KEY, Map.of(
            JOURNEY_FOCUS.name(), "From the first contact to the initial child protection conference",
            CASE_SAMPLE.name(), "CS-2026-0101, CS-2026-0102",
            INVOLVED_AGENCIES.name(), "agency-police, agency-childrens-services",
            AUDIT_DEADLINE.name(), LocalDate.now().plusDays(20).toString()));
        assertThat(key).startsWith("AUD-");

        views.assertVisible(key, Map.of("police", Elements.AUDIT_CASE_SAMPLE,
            "childrens-services", Elements.AUDIT_CASE_SAMPLE));
        rest.work("police", key, Elements.AUDIT_CASE_SAMPLE, AuditReturnForm.of("Prompt referrals", "good"));
        views.assertVisible(key, Map.of("childrens-services", Elements.AUDIT_CASE_SAMPLE));

        fireTimer(key, Elements.RETURNS_DEADLINE_PASSED);
        views.assertVisible(key, Map.of("childrens-services", Elements.AUDIT_CASE_SAMPLE,
            "pqa-chair", Elements.ESCALATE_OVERDUE_RETURNS));
        rest.work("pqa-chair", key, Elements.ESCALATE_OVERDUE_RETURNS, Map.of(
            ESCALATION_ACTION.name(), "Wrote to the director of children's services",
            MODERATE_WITHOUT_MISSING_RETURNS.name(), true));

        views.assertVisible(key, Map.of());
        assertThat(views.taskKeys("bu", key)).containsExactly(Elements.MODERATE_AUDIT_FINDINGS);
        rest.work("bu", key, Elements.MODERATE_AUDIT_FINDINGS, moderation("Findings v1"));
        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_AUDIT_REPORT));
        rest.work("pqa-chair", key, Elements.CONSIDER_AUDIT_REPORT, Map.of(
            REPORT_ACCEPTED.name(), false, RETURN_REASONS.name(), "Say what the missing return means for the findings"));

        views.assertVisible(key, Map.of());
        rest.work("bu", key, Elements.MODERATE_AUDIT_FINDINGS, moderation("Findings v2"));
        rest.work("pqa-chair", key, Elements.CONSIDER_AUDIT_REPORT, Map.of(REPORT_ACCEPTED.name(), true));
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            ACTION_PLAN.name(), "Police: share strategy discussion notes (owner: agency-police)",
            LearningLoop.FINDINGS.name(), "Strategy discussions are prompt; notes do not reach the conference"));

        completedAndHandedOver(key);
        views.assertNoTraceFor(key, List.of("health", "probation"));
    }

    @Test
    @DisplayName("a name in the case sample is refused with a 400 that says why, and no audit starts")
    void aNameInTheSampleIs400() {
        long before = casesOf(MultiAgencyCaseAudit.KEY);

        HttpResponse<String> response = rest.submitStartForm("pqa-chair", MultiAgencyCaseAudit.KEY, Map.of(
            JOURNEY_FOCUS.name(), "Referral to conference",
            CASE_SAMPLE.name(), "CS-2026-0101, Jane Doe",
            INVOLVED_AGENCIES.name(), "agency-police",
            AUDIT_DEADLINE.name(), LocalDate.now().plusDays(20).toString()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The case sample: entry 2 does not look like a case reference")
            .doesNotContain("Jane Doe");
        assertThat(casesOf(MultiAgencyCaseAudit.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("an agency cannot commission an audit")
    void anAgencyCannotCommission() {
        HttpResponse<String> response = rest.tryStart("police", MultiAgencyCaseAudit.KEY,
            Map.of(JOURNEY_FOCUS.name(), "Referral to conference"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> moderation(String findings) {
        return Map.of(
            MODERATED_ON.name(), LocalDate.now().toString(),
            MODERATED_FINDINGS.name(), findings,
            OVERALL_GRADING.name(), "good",
            ACTION_PLAN.name(), "Police: share strategy discussion notes");
    }
}
