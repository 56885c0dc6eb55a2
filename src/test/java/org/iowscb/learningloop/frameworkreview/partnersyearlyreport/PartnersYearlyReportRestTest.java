package org.iowscb.learningloop.frameworkreview.partnersyearlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.frameworkreview.partnersyearlyreport.PartnersYearlyReport.*;

import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.Jobs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The yearly report over REST, as the people of CONTRACT.md work it: the board (the safeguarding
 * partners under wt2023) records the scrutiny and the publication, the business unit the sending.
 * The tests' configuration switches new cases to Working Together 2023 on 1 January 2150.
 */
class PartnersYearlyReportRestTest extends ApplicationTest {

    @Test
    @DisplayName("the timer starts it under wt2023; the board and the business unit take it to its end in Tasklist")
    void drivenToItsEndOverRest() {
        clockAt("2151-04-01T08:00:01Z");
        long before = casesOf(KEY);
        Jobs.execute(engine.getManagementService(), Elements.YEARLY_REPORT_DUE);
        assertThat(casesOf(KEY)).isEqualTo(before + 1);
        String report = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
            .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getBusinessKey();
        assertThat(report).matches("PYR-2151-\\d{4}");

        views.assertOnlyVisibleTo(report, "board", Elements.RECORD_INDEPENDENT_SCRUTINY);
        rest.work("board", report, Elements.RECORD_INDEPENDENT_SCRUTINY, Map.of(
            SCRUTINY_COMPLETED_ON.name(), "2151-03-31",
            SCRUTINY_BY.name(), "The independent scrutineer",
            SCRUTINY_FINDINGS.name(), "Rapid reviews were timely"));
        rest.work("board", report, Elements.PUBLISH_REPORT, Map.of(
            PUBLISHED_ON.name(), "2151-04-01", PUBLICATION_LINK.name(), "https://partnership.example/2150-51"));
        views.assertOnlyVisibleTo(report, "bu", Elements.SEND_REPORT);
        rest.work("bu", report, Elements.SEND_REPORT, Map.of(
            SENT_TO_PANEL_ON.name(), "2151-04-01", SENT_TO_WHAT_WORKS_CENTRE_ON.name(), "2151-04-01"));

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(report)
            .singleResult().getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    }

    @Test
    @DisplayName("nobody starts it by hand: it has no start form and is not startable in Tasklist")
    void notStartableByHand() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
            .singleResult().isStartableInTasklist()).isFalse();
    }
}
