package org.iowscb.learningloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.casereference.CaseReferenceService;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.FreshPostgresDatabase;
import org.iowscb.learningloop.support.RunningApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code postgres} profile on a real PostgreSQL server, with two application nodes sharing
 * one fresh database as a Camunda cluster. Skipped when no server answers at
 * {@code POSTGRES_TEST_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), unless
 * {@code REQUIRE_POSTGRES=true}, as CI sets it: then a missing server fails the build. It boots
 * its own two applications ({@link RunningApplication}): two nodes on one database are what it
 * tests, and a Spring test context is one node.
 */
class PostgresClusterTest {

    @RegisterExtension
    static final FreshPostgresDatabase.ForTheClass database = FreshPostgresDatabase.forTheClass("learningloop_test");

    @Test
    @DisplayName("two nodes on one PostgreSQL database run a case together and never issue the same reference")
    void twoNodesShareOneDatabase() throws Exception {
        Map<String, String> postgres = new java.util.HashMap<>(database.datasource());
        postgres.putAll(Map.of(
            "learningloop.demo-data", "true"));
        try (RunningApplication node1 = RunningApplication.start("postgres", postgres);
             RunningApplication node2 = RunningApplication.start("postgres", postgres)) {

            ProcessInstance review = node1.engine().getRuntimeService()
                .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
                .setVariable(FrameworkAnnualReview.REASON.name(), "New guidance")
                .correlateStartMessage();
            assertThat(review.getBusinessKey()).matches("FWR-\\d{4}-\\d{4}");

            Task onNode2 = node2.engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(review.getBusinessKey()).singleResult();
            assertThat(onNode2.getTaskDefinitionKey()).isEqualTo(FrameworkAnnualReview.Elements.REVIEW_FRAMEWORK);
            node2.engine().getTaskService().complete(onNode2.getId(), Variables.createVariables()
                .putValue(FrameworkAnnualReview.WHAT_CHANGED.name(), "Nothing material")
                .putValue(FrameworkAnnualReview.REVISION_NEEDED.name(), false)
                .putValue(FrameworkAnnualReview.NEXT_REVIEW_DATE.name(),
                    java.time.LocalDate.now().plusMonths(11).toString()));
            assertThat(node1.engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(review.getId()).singleResult().getEndActivityId())
                .isEqualTo(FrameworkAnnualReview.Elements.FRAMEWORK_CONFIRMED);

            assertThat(node1.engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(FrameworkAnnualReview.KEY).count())
                .as("the second node deployed nothing new").isEqualTo(1);
            assertThat(node2.engine().getIdentityService().createUserQuery().userId("demo").count()).isEqualTo(1);

            assertThat(issueConcurrently(node1.bean(CaseReferenceService.class), node2.bean(CaseReferenceService.class)))
                .as("references issued at once by both nodes").doesNotHaveDuplicates().hasSize(200);
        }
    }

    private static List<String> issueConcurrently(CaseReferenceService a, CaseReferenceService b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                calls.add(() -> a.next(CaseType.SERIOUS_CASE_REVIEW));
                calls.add(() -> b.next(CaseType.SERIOUS_CASE_REVIEW));
            }
            List<String> issued = new ArrayList<>();
            for (Future<String> reference : pool.invokeAll(calls)) {
                issued.add(reference.get());
            }
            Set<Integer> numbers = new HashSet<>();
            issued.forEach(r -> numbers.add(Integer.parseInt(r.substring(r.lastIndexOf('-') + 1))));
            assertThat(numbers).as("no gaps when nothing rolls back").hasSize(200).allMatch(n -> n >= 1 && n <= 200);
            return issued;
        } finally {
            pool.shutdownNow();
        }
    }
}
