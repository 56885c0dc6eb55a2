package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.support.DemoUsers.email;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.FreshPostgresDatabase;
import org.iowscb.learningloop.support.RunningApplication;
import org.iowscb.learningloop.support.SmtpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes on one PostgreSQL database both try to run every email's sending job at the same
 * instant: each email arrives once. Skipped without a PostgreSQL server unless
 * {@code REQUIRE_POSTGRES=true}. It boots its own two applications ({@link RunningApplication}):
 * two nodes racing for one job are what it tests, and a Spring test context is one node.
 */
class TwoNodesSendOnceTest {

    @RegisterExtension
    static final FreshPostgresDatabase.ForTheClass database = FreshPostgresDatabase.forTheClass("learningloop_mail");

    @BeforeAll
    static void noEmailYet() {
        SmtpServer.up();
        SmtpServer.forgetReceived();
    }

    @Test
    @DisplayName("two nodes racing for the same sending jobs deliver each email exactly once")
    void eachEmailOnce() throws Exception {
        Map<String, String> node = new java.util.HashMap<>(database.datasource());
        node.putAll(Map.of(
            "learningloop.demo-data", "true",
            "spring.mail.host", "127.0.0.1",
            "spring.mail.port", String.valueOf(SmtpServer.PORT)));
        try (RunningApplication node1 = RunningApplication.start("postgres", node);
             RunningApplication node2 = RunningApplication.start("postgres", node)) {
            node1.engine().getRuntimeService()
                .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
                .setVariable(FrameworkAnnualReview.REASON.name(), "New guidance")
                .correlateStartMessage();
            ManagementService one = node1.engine().getManagementService();
            ManagementService two = node2.engine().getManagementService();
            new NotificationJobs(one).due(java.util.Set.of(TaskEventJobHandler.TYPE))
                .forEach(job -> one.executeJob(job.getId()));

            List<Job> sends = new NotificationJobs(one).due(java.util.Set.of(SendEmailJobHandler.TYPE));
            assertThat(sends).as("one email for the SCR Sub Group's one member").hasSize(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (Job send : sends) {
                    CountDownLatch start = new CountDownLatch(1);
                    Future<?> a = pool.submit(() -> race(start, one, send.getId()));
                    Future<?> b = pool.submit(() -> race(start, two, send.getId()));
                    start.countDown();
                    a.get();
                    b.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(SmtpServer.receivedBy(email("scr-chair"))).hasSize(1);
            assertThat(SmtpServer.received()).hasSize(sends.size());
        }
    }

    private static void race(CountDownLatch start, ManagementService node, String jobId) {
        try {
            start.await();
            node.executeJob(jobId);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException lostTheRace) {
            // the other node took the job first: the job is gone or locked
        }
    }
}
