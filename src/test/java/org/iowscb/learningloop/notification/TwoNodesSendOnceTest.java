package org.iowscb.learningloop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database both try to run every email's sending job at the same
 * instant: each email arrives once. Skipped without a PostgreSQL server unless
 * {@code REQUIRE_POSTGRES=true}.
 */
class TwoNodesSendOnceTest {

    static final String SERVER = System.getenv().getOrDefault("POSTGRES_TEST_URL",
        "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = System.getenv().getOrDefault("POSTGRES_TEST_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("POSTGRES_TEST_PASSWORD", "");
    static final String DATABASE = "learningloop_mail_" + System.currentTimeMillis();

    @BeforeAll
    static void freshDatabase() {
        try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement sql = server.createStatement()) {
            sql.execute("create database " + DATABASE);
        } catch (SQLException unreachable) {
            String reason = "no PostgreSQL at " + SERVER + " (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("REQUIRE_POSTGRES"))) {
                fail("REQUIRE_POSTGRES=true but " + reason);
            }
            Assumptions.abort("Skipped: " + reason + "; set REQUIRE_POSTGRES=true to make this a failure");
        }
        SmtpServer.up();
        SmtpServer.forgetReceived();
    }

    @AfterAll
    static void dropDatabase() {
        try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement sql = server.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
        } catch (SQLException unreachable) {
            // nothing was created
        }
    }

    @Test
    @DisplayName("two nodes racing for the same sending jobs deliver each email exactly once")
    void eachEmailOnce() throws Exception {
        Map<String, String> node = Map.of(
            "spring.datasource.url", SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE,
            "spring.datasource.username", USER,
            "spring.datasource.password", PASSWORD,
            "learningloop.demo-data", "true",
            "spring.mail.host", "127.0.0.1",
            "spring.mail.port", String.valueOf(SmtpServer.PORT));
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

            assertThat(SmtpServer.receivedBy("scr-chair@example.org")).hasSize(1);
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
