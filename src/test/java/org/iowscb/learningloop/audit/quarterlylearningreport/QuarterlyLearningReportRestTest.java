package org.iowscb.learningloop.audit.quarterlylearningreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.Elements;
import org.iowscb.learningloop.support.Jobs;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quarterly learning report over HTTP: when the quarter's timer fires, the PQA chair reports,
 * the SCR chair records what the Sub Group takes forward. No agency or school sees it.
 */
class QuarterlyLearningReportRestTest extends RestProcessTest {

    static final List<String> USERS = List.of("pqa-chair", "scr-chair", "edu-chair", "police", "school-a");

    @Autowired
    LearningHandovers handovers;

    @Test
    @DisplayName("the quarter's report goes from the PQA chair to the SCR Sub Group, and on to the learning loop")
    void reportedToTheScrSubGroup() {
        var management = engine.getManagementService();
        var before = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(QuarterlyLearningReport.KEY).list().stream().map(p -> p.getBusinessKey()).toList();
        management.executeJob(Jobs.single(management, Elements.QUARTER_BEGINS).getId());
        String key = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(QuarterlyLearningReport.KEY).list().stream().map(p -> p.getBusinessKey())
            .filter(reference -> !before.contains(reference)).findFirst().orElseThrow();
        assertThat(key).startsWith("QLR-");

        assertVisible(key, Map.of("pqa-chair", Elements.REPORT_KEY_LEARNING));
        rest.work("pqa-chair", key, Elements.REPORT_KEY_LEARNING, Map.of(
            "keyLearning", "Chronologies are missing in neglect cases",
            "caseAuditProgramme", "Neglect audit done; domestic abuse audit under way"));

        assertVisible(key, Map.of("scr-chair", Elements.TAKE_LEARNING_FORWARD));
        rest.work("scr-chair", key, Elements.TAKE_LEARNING_FORWARD, Map.of(
            "findings", "Chronologies in neglect cases: a theme for identification of learning"));
        executeJobsOf(key);

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(handovers.find(key)).hasValueSatisfying(handover -> assertThat(handover.findings())
            .isEqualTo("Chronologies in neglect cases: a theme for identification of learning"));
    }

    private void assertVisible(String key, Map<String, String> taskOf) {
        for (String user : USERS) {
            List<String> expected = taskOf.containsKey(user) ? List.of(taskOf.get(user)) : List.of();
            assertThat(rest.tasks(user, key).stream().map(t -> t.path("taskDefinitionKey").asText()).toList())
                .as("%s's tasks of %s", user, key).isEqualTo(expected);
        }
    }
}
