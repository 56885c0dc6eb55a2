package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.iowscb.learningloop.platform.notification.SmtpServer.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DigestEmailsTest extends MailTest {

    @AfterEach
    void optOut() {
        engine.getIdentityService().deleteUserInfo("scr-chair", Recipients.DIGEST);
    }

    @Test
    @DisplayName("the daily digest collects a user's open and overdue tasks in one email, instead of an email per task")
    void digestCollectsTheTasks() {
        IdentityService identity = engine.getIdentityService();
        identity.setUserInfo("scr-chair", Recipients.DIGEST, "true");

        ProcessInstance first = requestReview("First request");
        jobs.runDue();
        assertThat(SmtpServer.receivedBy("scr-chair@example.org")).as("no email per task").isEmpty();

        at("2027-01-04T10:00:00Z");
        ProcessInstance second = requestReview("Second request");
        jobs.runDue();
        assertThat(SmtpServer.receivedBy("scr-chair@example.org")).extracting(Received::subject)
            .as("only the escalation of the overdue task, which scr-chair gets as chair")
            .allMatch(subject -> subject.contains("Overdue task"));
        SmtpServer.forgetReceived();

        at("2027-01-05T07:00:00Z");
        engine.getManagementService().executeJob(DailyDigestJobHandler.JOB_ID);
        jobs.runDue();

        List<Received> digests = SmtpServer.received();
        assertThat(digests).extracting(Received::to).containsExactly("scr-chair@example.org");
        Received digest = digests.get(0);
        assertThat(digest.subject()).isEqualTo(TaskEmailsTest.BOARD + ": your tasks: 2 open, 1 overdue");
        String text = digest.text();
        assertThat(text).contains("Overdue", "Open", "Review the framework", first.getBusinessKey(),
            second.getBusinessKey(), "Tuesday 29 December 2026, 17:00", "Thursday 4 February 2027, 17:00",
            TaskEmailsTest.TASKLIST + task(first).getId(), TaskEmailsTest.TASKLIST + task(second).getId(),
            "Serious Case Review Sub Group");
        assertThat(text.indexOf(first.getBusinessKey())).as("the overdue task first")
            .isLessThan(text.indexOf("Open"));
        assertThat(text.indexOf(second.getBusinessKey())).isGreaterThan(text.indexOf("Open"));
        assertThat(digest.html()).contains(first.getBusinessKey(), second.getBusinessKey());
        assertThat(digest.everything()).doesNotContain("First request", "Second request");

        Job daily = engine.getManagementService().createJobQuery().jobId(DailyDigestJobHandler.JOB_ID).singleResult();
        assertThat(daily.getDuedate()).as("the next working day at 07:00").isEqualTo(Instant.parse("2027-01-06T07:00:00Z"));

        SmtpServer.forgetReceived();
        engine.getManagementService().executeJob(DailyDigestJobHandler.JOB_ID);
        jobs.runDue();
        assertThat(SmtpServer.received()).as("one digest a day").isEmpty();
    }

    @Test
    @DisplayName("no digest on a weekend, nor for someone with nothing open")
    void noDigestWithoutWork() {
        engine.getIdentityService().setUserInfo("scr-chair", Recipients.DIGEST, "true");
        at("2026-11-28T07:00:00Z");
        requestReview("Weekend request");
        engine.getManagementService().executeJob(DailyDigestJobHandler.JOB_ID);
        jobs.runDue();
        assertThat(SmtpServer.received()).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().jobId(DailyDigestJobHandler.JOB_ID).singleResult()
            .getDuedate()).as("Monday").isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }
}
