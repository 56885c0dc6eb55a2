package org.iowscb.learningloop.frameworkreview.partnersyearlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.frameworkreview.partnersyearlyreport.PartnersYearlyReport.*;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.Jobs;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The yearly report of the safeguarding partners, started by its yearly timer. The tests'
 * configuration switches new cases to Working Together 2023 on 1 January 2150 (application-test.yaml).
 */
class PartnersYearlyReportProcessTest extends ProcessTest {

    @Test
    @DisplayName("the timer fires on 1 April while new cases follow wt2013: the case ends at once, and the next year's timer waits")
    void underWt2013TheCaseEndsAtOnce() {
        clockAt("2027-04-01T08:00:01Z");
        String id = fireTheYearlyTimer();
        var history = engine.getHistoryService();
        HistoricProcessInstance report = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        assertThat(report.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(report.getEndActivityId()).isEqualTo(Elements.NOT_WT2023);
        assertThat(report.getBusinessKey()).matches("PYR-2027-\\d{4}");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id)
            .variableName(CaseVariables.EDITION.name()).singleResult().getValue()).isEqualTo("wt2013");
        assertThat(Jobs.single(engine.getManagementService(), Elements.YEARLY_REPORT_DUE).getDuedate())
            .as("the timer fires again next year").isNotNull();
    }

    @Test
    @DisplayName("wt2023: scrutiny recorded, the report published, sent to the Panel and the What Works Centre within 7 days")
    void underWt2023ThePartnersPublishAndSend() {
        clockAt("2150-04-01T08:00:01Z"); // Thursday 1 April 2150
        ProcessInstance report = running(fireTheYearlyTimer());
        assertThat(report).isWaitingAt(Elements.RECORD_INDEPENDENT_SCRUTINY);
        assertThat(task(report)).hasCandidateGroup(Groups.BOARD);
        assertThat(historicVariable(report, CaseVariables.EDITION.name())).isEqualTo("wt2023");

        clockAt("2150-05-10T10:00:00Z");
        complete(report, Elements.RECORD_INDEPENDENT_SCRUTINY, scrutiny("2150-05-07"));
        assertThat(task(report)).hasCandidateGroup(Groups.BOARD);
        complete(report, Elements.PUBLISH_REPORT, publication("2150-05-10", "https://partnership.example/yearly-report-2149"));

        assertThat(report).isWaitingAt(Elements.SEND_REPORT).variables().containsEntry(SEND_BY.name(), "2150-05-17");
        assertThat(task(report)).hasCandidateGroup(Groups.BUSINESS_UNIT);
        // 7 calendar days after Monday 10 May 2150: Monday 17 May, 17:00 BST
        assertThat(task(report).getDueDate()).isEqualTo(Instant.parse("2150-05-17T16:00:00Z"));

        complete(report, Elements.SEND_REPORT, Variables.createVariables()
            .putValue(SENT_TO_PANEL_ON.name(), "2150-05-10").putValue(SENT_TO_WHAT_WORKS_CENTRE_ON.name(), "2150-05-10"));
        assertThat(report).isEnded().hasPassed(Elements.REPORT_PUBLISHED_AND_SENT);
    }

    @Test
    @DisplayName("refused, naming the field: a scrutiny in the future, a publication without a web address, a sending before the publication")
    void badInputIsRefused() {
        clockAt("2150-04-01T08:00:01Z");
        ProcessInstance report = running(fireTheYearlyTimer());
        assertRefused(() -> complete(report, Elements.RECORD_INDEPENDENT_SCRUTINY, scrutiny("2150-04-02")))
            .hasMessageContaining("the scrutiny cannot be completed in the future")
            .hasMessageContaining("Date the scrutiny was completed");
        complete(report, Elements.RECORD_INDEPENDENT_SCRUTINY, scrutiny("2150-03-30"));

        assertRefused(() -> complete(report, Elements.PUBLISH_REPORT, publication("2150-04-01", "on our website")))
            .hasMessageContaining("Where the published report can be read must be a web address starting with https://");
        complete(report, Elements.PUBLISH_REPORT, publication("2150-04-01", "https://partnership.example/report"));

        assertRefused(() -> complete(report, Elements.SEND_REPORT, Variables.createVariables()
            .putValue(SENT_TO_PANEL_ON.name(), "2150-03-31").putValue(SENT_TO_WHAT_WORKS_CENTRE_ON.name(), "2150-04-01")))
            .hasMessageContaining("Date sent to the Child Safeguarding Practice Review Panel cannot be before the publication on 2150-04-01");
        assertThat(report).isWaitingAt(Elements.SEND_REPORT);
    }

    /** Fires the start timer as the job executor would; the id of the case it started. */
    private String fireTheYearlyTimer() {
        Set<String> before = startedCases();
        Job timer = Jobs.single(engine.getManagementService(), Elements.YEARLY_REPORT_DUE);
        engine.getManagementService().executeJob(timer.getId());
        return startedCases().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    }

    private ProcessInstance running(String id) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
        assertThat(instance).as("the case the timer started").isNotNull();
        return instance;
    }

    private Set<String> startedCases() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).list()
            .stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    private static VariableMap scrutiny(String on) {
        return Variables.createVariables().putValue(SCRUTINY_COMPLETED_ON.name(), on)
            .putValue(SCRUTINY_BY.name(), "The independent scrutineer")
            .putValue(SCRUTINY_FINDINGS.name(), "The partners act on rapid reviews promptly; schools need a stronger voice");
    }

    private static VariableMap publication(String on, String link) {
        return Variables.createVariables().putValue(PUBLISHED_ON.name(), on).putValue(PUBLICATION_LINK.name(), link);
    }
}
