package org.iowscb.learningloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.RunningApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default profile on its embedded file database, stopped and started again. It boots its own
 * application ({@link RunningApplication}), twice: a restart is what it tests, and the shared test
 * context ({@code ApplicationTest}) never stops.
 */
class RestartTest {

    @Test
    @DisplayName("a restart keeps every case, deploys no new versions and seeds nothing twice")
    void restartKeepsEverything(@TempDir Path dataDir) {
        Map<String, String> laptop = Map.of("learningloop.data-dir", dataDir.toString());
        String caseId;
        String caseReference;
        Map<String, Long> firstStart;
        try (RunningApplication app = RunningApplication.start("", laptop)) {
            var review = app.engine().getRuntimeService()
                .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
                .setVariable(FrameworkAnnualReview.REASON.name(), "New guidance")
                .correlateStartMessage();
            caseId = review.getId();
            caseReference = review.getBusinessKey();
            firstStart = counts(app.engine());
        }
        assertThat(dataDir.resolve("learningloop.mv.db")).exists();

        try (RunningApplication app = RunningApplication.start("", laptop)) {
            var again = app.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(caseId).singleResult();
            assertThat(again).isNotNull();
            assertThat(again.getBusinessKey()).isEqualTo(caseReference);
            assertThat(app.engine().getTaskService().createTaskQuery().processInstanceId(caseId).count()).isEqualTo(1);
            assertThat(counts(app.engine())).isEqualTo(firstStart);
            assertThat(app.engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(FrameworkAnnualReview.KEY).latestVersion().singleResult().getVersion())
                .isEqualTo(1);

            var next = app.engine().getRuntimeService()
                .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
                .setVariable(FrameworkAnnualReview.REASON.name(), "More guidance")
                .correlateStartMessage();
            assertThat(next.getBusinessKey()).as("the counter survives the restart too").isNotEqualTo(caseReference);
        }
    }

    private static Map<String, Long> counts(ProcessEngine engine) {
        return Map.of(
            "deployments", engine.getRepositoryService().createDeploymentQuery().count(),
            "definitions", engine.getRepositoryService().createProcessDefinitionQuery().count(),
            "forms", (long) engine.getRepositoryService().createDeploymentQuery().list().stream()
                .mapToLong(d -> engine.getRepositoryService().getDeploymentResourceNames(d.getId()).stream()
                    .filter(name -> name.endsWith(".form")).count()).sum(),
            "users", engine.getIdentityService().createUserQuery().count(),
            "groups", engine.getIdentityService().createGroupQuery().count(),
            "authorizations", engine.getAuthorizationService().createAuthorizationQuery().count(),
            "filters", engine.getFilterService().createFilterQuery().count());
    }
}
