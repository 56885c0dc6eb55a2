package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.iowscb.learningloop.support.SmtpServer;
import org.iowscb.learningloop.support.SmtpServer.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The daily digest, for a person of this test's own who chose it: the reviews' tasks are offered to
 * that person alone, so the digest counts this test's tasks and none of the open tasks other tests
 * left for the demo users' groups.
 */
class DigestEmailsTest extends MailTest {

    private String reader;

    @BeforeEach
    void aReaderWhoChoseTheDigest() {
        IdentityService identity = engine.getIdentityService();
        reader = "digest-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(reader);
        user.setFirstName("Digest");
        user.setLastName("Reader");
        user.setEmail(reader + "@example.org");
        identity.saveUser(user);
        identity.setUserInfo(reader, Recipients.DIGEST, "true");
    }

    @AfterEach
    void removeTheReader() {
        engine.getIdentityService().deleteUserInfo(reader, Recipients.DIGEST);
        engine.getIdentityService().deleteUser(reader);
    }

    @Test
    @DisplayName("the daily digest collects a user's open and overdue tasks in one email, instead of an email per task")
    void digestCollectsTheTasks() {
        ProcessInstance first = offeredToTheReader(requestReview("First request"));
        jobs.runDue();
        assertThat(SmtpServer.receivedBy(address())).as("no email per task").isEmpty();

        at("2027-01-04T10:00:00Z");
        ProcessInstance second = offeredToTheReader(requestReview("Second request"));
        jobs.runDue();
        assertThat(SmtpServer.receivedBy(address())).as("no email per task, the overdue one neither").isEmpty();
        SmtpServer.forgetReceived();

        at("2027-01-05T07:00:00Z");
        engine.getManagementService().executeJob(DailyDigestJobHandler.JOB_ID);
        jobs.runDue();

        List<Received> digests = SmtpServer.received();
        assertThat(digests).extracting(Received::to).containsExactly(address());
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
        at("2026-11-28T07:00:00Z");
        offeredToTheReader(requestReview("Weekend request"));
        engine.getManagementService().executeJob(DailyDigestJobHandler.JOB_ID);
        jobs.runDue();
        assertThat(SmtpServer.receivedBy(address())).as("no digest, and no email per task").isEmpty();
        assertThat(engine.getManagementService().createJobQuery().jobId(DailyDigestJobHandler.JOB_ID).singleResult()
            .getDuedate()).as("Monday").isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }

    /** The review's task is offered to the reader by name, beside the SCR Sub Group. */
    private ProcessInstance offeredToTheReader(ProcessInstance review) {
        engine.getTaskService().addCandidateUser(task(review).getId(), reader);
        return review;
    }

    private String address() {
        return reader + "@example.org";
    }
}
