package org.iowscb.learningloop.audit.thematiccaseaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.ACTION_PLAN;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AUDIT_DEADLINE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CASE_SAMPLE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CHASE_NOTE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATED_FINDINGS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATED_ON;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.OVERALL_GRADING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.REPORT_ACCEPTED;
import static org.iowscb.learningloop.audit.thematiccaseaudit.ThematicCaseAudit.THEME;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.audit.caseaudit.AuditReturnForm;
import org.iowscb.learningloop.audit.thematiccaseaudit.ThematicCaseAudit.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A thematic case audit over HTTP as the people of CONTRACT.md: the business unit commissions it
 * for police and health; each agency sees only its own audit task; the reminder reaches the
 * business unit; the moderation, the PQA Sub Group's acceptance and the findings follow.
 * Probation and children's services, not taking part, never see anything of it.
 */
class ThematicCaseAuditRestTest extends ApplicationTest {

    @Test
    @DisplayName("police and health audit: each sees only its own task, probation and children's services nothing")
    void eachAgencySeesOnlyItsOwnAuditTask() {
        String key = rest.startCase("bu", ThematicCaseAudit.KEY, Map.of(
            THEME.name(), "Neglect of children under five",
            CASE_SAMPLE.name(), "CS-2026-0412, PN/88123, HV.5521",
            INVOLVED_AGENCIES.name(), "agency-police, agency-health",
            AUDIT_DEADLINE.name(), LocalDate.now().plusDays(30).toString()));
        assertThat(key).startsWith("AUD-");

        views.assertVisible(key, Map.of("police", Elements.AUDIT_CASE_SAMPLE, "health", Elements.AUDIT_CASE_SAMPLE));
        String policeTask = views.taskId("police", key, Elements.AUDIT_CASE_SAMPLE);
        String healthTask = views.taskId("health", key, Elements.AUDIT_CASE_SAMPLE);
        assertThat(policeTask).as("police and health work different tasks").isNotEqualTo(healthTask);
        assertThat(rest.claim("police", healthTask).statusCode()).as("police cannot claim health's audit").isEqualTo(403);
        assertThat(rest.complete("police", healthTask, AuditReturnForm.of("x", "good")).statusCode())
            .as("police cannot complete health's audit").isEqualTo(403);
        assertThat(rest.claim("board", policeTask).statusCode())
            .as("the Board follows the audit but does not work an agency's task").isEqualTo(403);

        fireTimer(key, Elements.RETURNS_REMINDER_DUE);
        views.assertVisible(key, Map.of("police", Elements.AUDIT_CASE_SAMPLE, "health", Elements.AUDIT_CASE_SAMPLE));
        assertThat(views.taskKeys("bu", key)).contains(Elements.CHASE_OUTSTANDING_RETURNS);
        rest.work("police", key, Elements.AUDIT_CASE_SAMPLE, AuditReturnForm.of("Quick strategy discussions", "good"));
        views.assertVisible(key, Map.of("health", Elements.AUDIT_CASE_SAMPLE));
        views.assertCannotRead("health", views.taskId("health", key, Elements.AUDIT_CASE_SAMPLE),
            "Quick strategy discussions");
        rest.work("bu", key, Elements.CHASE_OUTSTANDING_RETURNS, Map.of(CHASE_NOTE.name(), "Phoned health's safeguarding lead"));
        rest.work("health", key, Elements.AUDIT_CASE_SAMPLE, AuditReturnForm.of("Health visitors saw the home",
            "requires-improvement"));

        views.assertVisible(key, Map.of());
        assertThat(views.taskKeys("bu", key)).containsExactly(Elements.MODERATE_AUDIT_FINDINGS);
        rest.work("bu", key, Elements.MODERATE_AUDIT_FINDINGS, Map.of(
            MODERATED_ON.name(), LocalDate.now().toString(),
            MODERATED_FINDINGS.name(), "Neglect is recognised late",
            OVERALL_GRADING.name(), "requires-improvement",
            ACTION_PLAN.name(), "Health: neglect screening tool by March"));

        views.assertVisible(key, Map.of("pqa-chair", Elements.CONSIDER_AUDIT_REPORT));
        rest.work("pqa-chair", key, Elements.CONSIDER_AUDIT_REPORT, Map.of(REPORT_ACCEPTED.name(), true));
        views.assertVisible(key, Map.of("pqa-chair", Elements.RECORD_FINDINGS));
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            ACTION_PLAN.name(), "Health: neglect screening tool by March (owner: agency-health)",
            LearningLoop.FINDINGS.name(), "Neglect is recognised late where no agency holds the whole picture"));

        assertThat(completedAndHandedOver(key).findings())
            .isEqualTo("Neglect is recognised late where no agency holds the whole picture");
        views.assertNoTraceFor(key, List.of("probation", "childrens-services"));
    }
}
