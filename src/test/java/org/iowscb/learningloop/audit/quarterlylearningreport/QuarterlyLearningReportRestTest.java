package org.iowscb.learningloop.audit.quarterlylearningreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.CASE_AUDIT_PROGRAMME;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.KEY_LEARNING;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.Jobs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quarterly learning report over HTTP: when the quarter's timer fires, the PQA chair reports,
 * the SCR chair records what the Sub Group takes forward. No agency or school sees it.
 */
class QuarterlyLearningReportRestTest extends ApplicationTest {

    @Test
    @DisplayName("the quarter's report goes from the PQA chair to the SCR Sub Group, and on to the learning loop")
    void reportedToTheScrSubGroup() {
        List<String> before = reports();
        Jobs.execute(engine.getManagementService(), Elements.QUARTER_BEGINS);
        String key = reports().stream().filter(reference -> !before.contains(reference)).findFirst().orElseThrow();
        assertThat(key).startsWith("QLR-");

        views.assertOnlyVisibleTo(key, "pqa-chair", Elements.REPORT_KEY_LEARNING);
        rest.work("pqa-chair", key, Elements.REPORT_KEY_LEARNING, Map.of(
            KEY_LEARNING.name(), "Chronologies are missing in neglect cases",
            CASE_AUDIT_PROGRAMME.name(), "Neglect audit done; domestic abuse audit under way"));

        views.assertOnlyVisibleTo(key, "scr-chair", Elements.TAKE_LEARNING_FORWARD);
        rest.work("scr-chair", key, Elements.TAKE_LEARNING_FORWARD, Map.of(
            LearningLoop.FINDINGS.name(), "Chronologies in neglect cases: a theme for identification of learning"));

        assertThat(completedAndHandedOver(key).findings())
            .isEqualTo("Chronologies in neglect cases: a theme for identification of learning");
    }

    private List<String> reports() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(QuarterlyLearningReport.KEY).list().stream()
            .map(HistoricProcessInstance::getBusinessKey).toList();
    }
}
