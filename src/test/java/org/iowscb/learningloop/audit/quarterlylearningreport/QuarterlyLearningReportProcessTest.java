package org.iowscb.learningloop.audit.quarterlylearningreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.AUDIT_COUNT;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.AUDIT_OUTCOMES;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.CASE_AUDIT_PROGRAMME;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.KEY_LEARNING;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.PERIOD_FROM;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.PERIOD_TO;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.Elements;
import org.iowscb.learningloop.support.Jobs;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.AuditOutcome;

class QuarterlyLearningReportProcessTest extends ProcessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("the report falls due every quarter, on 1 January, April, July and October")
    void quarterlyTimer() {
        ZonedDateTime due = timer().getDuedate().toInstant().atZone(ZoneOffset.UTC);

        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
        assertThat(due.toLocalTime()).hasToString("09:00");
        assertThat(due.toInstant()).as("the next quarter, not one long past")
            .isAfter(ClockUtil.getCurrentTime().toInstant().minusSeconds(92L * 24 * 3600));
    }

    /** The handovers this test writes. */
    static final Set<String> OURS = Set.of("AUD-2031-0007", "S11-2031-0001", "SCR-2031-0002", "S175-2030-0004");

    @Test
    @DisplayName("happy path - the PQA chair sees the quarter's audit findings, reports, and the SCR Sub Group takes learning forward")
    void quarterlyReport() {
        handedOver("AUD-2031-0007", "thematic-case-audit", "Neglect cases lacked chronologies", "2031-01-20T11:00:00Z");
        handedOver("S11-2031-0001", "section-11-audit", "Training lags behind policy", "2031-03-03T15:30:00Z");
        handedOver("SCR-2031-0002", "serious-case-review", "A review, not an audit", "2031-02-01T10:00:00Z");
        handedOver("S175-2030-0004", "section-175-audit", "Before the quarter", "2030-12-31T23:00:00Z");

        clockAt("2031-04-01T09:00:01Z");
        ProcessInstance report = fireTimer();

        assertThat(report.getBusinessKey()).matches("QLR-2031-\\d{4}");
        assertThat(Jobs.single(engine.getManagementService(), Elements.QUARTER_BEGINS).getDuedate())
            .as("next quarter").isEqualTo(Instant.parse("2031-07-01T09:00:00Z"));
        assertThat(report).isWaitingAt(Elements.REPORT_KEY_LEARNING).variables()
            .containsEntry(PERIOD_FROM.name(), "2031-01-01")
            .containsEntry(PERIOD_TO.name(), "2031-04-01");
        // other tests' cases hand findings over too, some at times still to come: of this test's own
        // handovers, the quarter's audits are listed; not the review, not the one before the quarter
        List<AuditOutcome> outcomes = AUDIT_OUTCOMES.from(engine.getRuntimeService().getVariables(report.getId()));
        assertThat(outcomes).filteredOn(outcome -> OURS.contains(outcome.sourceReference())).containsExactly(
            new AuditOutcome("AUD-2031-0007", "thematic-case-audit", "Multi-agency thematic case audit", "2031-01-20",
                "Neglect cases lacked chronologies"),
            new AuditOutcome("S11-2031-0001", "section-11-audit", "Section 11 audit", "2031-03-03",
                "Training lags behind policy"));
        assertThat(engine.getRuntimeService().getVariable(report.getId(), AUDIT_COUNT.name()))
            .isEqualTo((long) outcomes.size());
        Task chair = task(report);
        assertThat(candidateGroups(chair)).containsExactly(Groups.PQA_SUBGROUP);
        // a calendar month on: Thursday 1 May 2031, 17:00 in London (BST)
        assertThat(chair.getDueDate()).isEqualTo(Instant.parse("2031-05-01T16:00:00Z"));
        assertRefused(() -> complete(chair, Variables.createVariables()
            .putValue(KEY_LEARNING.name(), "Chronologies")), "Please correct: The case audit programme is required.");
        complete(chair, Variables.createVariables()
            .putValue(KEY_LEARNING.name(), "Chronologies are missing in neglect cases; training lags behind policy")
            .putValue(CASE_AUDIT_PROGRAMME.name(), "Two audits done, the neglect audit's action plan under way"));

        Task subGroup = task(report);
        assertThat(subGroup.getTaskDefinitionKey()).isEqualTo(Elements.TAKE_LEARNING_FORWARD);
        assertThat(candidateGroups(subGroup)).containsExactly(Groups.SCR_SUBGROUP);
        // 10 working days from Tuesday 1 April 2031, over Good Friday and Easter Monday
        assertThat(subGroup.getDueDate()).isEqualTo(Instant.parse("2031-04-17T16:00:00Z"));
        assertRefused(() -> complete(subGroup, Variables.createVariables()),
            "Please correct: Key findings is required.");
        complete(subGroup, Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "Chronologies in neglect cases: a theme for the next review"));

        handOver(report);
        assertThat(report).isEnded().hasPassed(Elements.REPORT_COMPLETED);
        assertThat(handovers.find(report.getBusinessKey())).hasValueSatisfying(handover -> {
            assertThat(handover.sourceType()).isEqualTo(QuarterlyLearningReport.KEY);
            assertThat(handover.findings()).isEqualTo("Chronologies in neglect cases: a theme for the next review");
        });
    }

    @Test
    @DisplayName("a quarter without audit findings says so: an empty list and a count of 0")
    void quarterWithoutAudits() {
        // long after any case another test leaves behind, however far its clock went
        clockAt("2095-07-01T09:00:01Z");
        ProcessInstance report = fireTimer();

        assertThat(report).isWaitingAt(Elements.REPORT_KEY_LEARNING).variables()
            .containsEntry(AUDIT_COUNT.name(), 0L)
            .containsEntry(AUDIT_OUTCOMES.name(), List.of());
    }

    private void handedOver(String reference, String type, String findings, String at) {
        jdbc.update("insert into ll_learning_handover (source_reference, source_type, findings, handed_over_at) "
            + "values (?, ?, ?, ?)", reference, type, findings, Timestamp.from(Instant.parse(at)));
    }

    private Job timer() {
        return Jobs.single(engine.getManagementService(), Elements.QUARTER_BEGINS);
    }

    private ProcessInstance fireTimer() {
        Set<String> before = reportIds();
        engine.getManagementService().executeJob(timer().getId());
        Set<String> started = reportIds();
        started.removeAll(before);
        assertThat(started).hasSize(1);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started.iterator().next())
            .singleResult();
    }

    private Set<String> reportIds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(QuarterlyLearningReport.KEY).list().stream().map(p -> p.getId())
            .collect(Collectors.toSet());
    }

    private Task task(ProcessInstance report) {
        return engine.getTaskService().createTaskQuery().processInstanceId(report.getId()).singleResult();
    }
}
