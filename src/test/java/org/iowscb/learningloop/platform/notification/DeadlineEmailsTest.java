package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.support.DemoUsers.email;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.support.SmtpServer;
import org.iowscb.learningloop.support.SmtpServer.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlineEmailsTest extends MailTest {

    @Test
    @DisplayName("a reminder 2 working days before the due date, then escalations to the chair every 5 working days until done")
    void reminderThenEscalationsUntilDone() {
        ProcessInstance review = requestReview("National guidance changed");
        Task task = task(review);
        String reference = review.getBusinessKey();
        jobs.runDue();
        SmtpServer.forgetReceived();
        // due Tuesday 29 December 17:00; 28 and 25 December are bank holidays, so 2 working days before is the 23rd
        assertThat(timerOf(task).getDuedate()).isEqualTo(Instant.parse("2026-12-23T17:00:00Z"));

        at("2026-12-23T17:00:00Z");
        jobs.runDue();
        List<Received> reminder = SmtpServer.received();
        assertThat(reminder).extracting(Received::to).containsExactly(email("scr-chair"));
        assertThat(reminder.get(0).subject()).contains("Reminder: a task is due soon: Review the framework (" + reference + ")");
        assertThat(reminder.get(0).text()).contains("due soon", "Tuesday 29 December 2026, 17:00");
        assertThat(timerOf(task).getDuedate()).isEqualTo(Instant.parse("2026-12-29T17:00:00Z"));

        SmtpServer.forgetReceived();
        at("2026-12-29T17:00:00Z");
        jobs.runDue();
        List<Received> escalation = SmtpServer.received();
        assertThat(escalation).as("scr-chair chairs the SCR Sub Group")
            .extracting(Received::to).containsExactly(email("scr-chair"));
        assertThat(escalation.get(0).subject()).contains("Overdue task: Review the framework (" + reference + ")");
        assertThat(escalation.get(0).text()).contains("passed its due date", "chair of its group");
        // 5 working days on: 30, 31 December, 4, 5, 6 January (1 January is a bank holiday)
        assertThat(timerOf(task).getDuedate()).isEqualTo(Instant.parse("2027-01-06T17:00:00Z"));

        SmtpServer.forgetReceived();
        at("2027-01-06T17:00:00Z");
        jobs.runDue();
        assertThat(SmtpServer.received()).extracting(Received::subject)
            .containsExactly(TaskEmailsTest.BOARD + ": Overdue task: Review the framework (" + reference + ")");
        assertThat(timerOf(task).getDuedate()).isEqualTo(Instant.parse("2027-01-13T17:00:00Z"));

        SmtpServer.forgetReceived();
        work("scr-chair", review, review("Guidance applied", false));
        at("2027-01-13T17:00:00Z");
        jobs.runDue();
        assertThat(SmtpServer.received()).as("a task that is done is not escalated").isEmpty();
        assertThat(timersOf(task)).isEmpty();
    }

    @Test
    @DisplayName("an overdue Board task escalates to the business unit: the Board has no chair")
    void escalationWithoutAChairGoesToTheBusinessUnit() {
        ProcessInstance review = requestReview("Guidance");
        work("scr-chair", review, review("Revised", true));
        Task ratify = task(review);
        jobs.runDue();
        SmtpServer.forgetReceived();

        at("2027-01-25T17:00:00Z");
        jobs.runDue();
        assertThat(SmtpServer.received()).extracting(Received::to).containsExactly(email("board"));

        SmtpServer.forgetReceived();
        at("2027-01-27T17:00:00Z");
        jobs.runDue();
        assertThat(SmtpServer.received()).extracting(Received::to)
            .containsExactlyInAnyOrder(email("bu"), email("demo"));
        assertThat(SmtpServer.received()).allMatch(mail -> mail.subject().contains("Overdue task: Ratify the revised framework"));
        assertThat(timerOf(ratify).getDuedate()).isEqualTo(Instant.parse("2027-02-03T17:00:00Z"));
    }

    @Test
    @DisplayName("a changed due date gets its own reminder; the old one lapses without an email")
    void changedDueDate() {
        ProcessInstance review = requestReview("Guidance");
        Task task = task(review);
        jobs.runDue();
        SmtpServer.forgetReceived();

        as("demo", () -> {
            Task open = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
            open.setDueDate(Date.from(Instant.parse("2027-02-26T17:00:00Z")));
            engine.getTaskService().saveTask(open);
            return null;
        });
        jobs.runDue();
        assertThat(timersOf(task)).extracting(Job::getDuedate).containsExactlyInAnyOrder(
            Date.from(Instant.parse("2026-12-23T17:00:00Z")), Date.from(Instant.parse("2027-02-24T17:00:00Z")));

        at("2026-12-23T17:00:00Z");
        jobs.runDue();
        assertThat(SmtpServer.received()).as("the old reminder lapses").isEmpty();
        assertThat(timersOf(task)).extracting(Job::getDuedate)
            .containsExactly(Date.from(Instant.parse("2027-02-24T17:00:00Z")));

        at("2027-02-24T17:00:00Z");
        jobs.runDue();
        assertThat(SmtpServer.received()).extracting(Received::text).singleElement().asString()
            .contains("Friday 26 February 2027, 17:00");
    }

    private Job timerOf(Task task) {
        List<Job> timers = timersOf(task);
        assertThat(timers).as("due-date timer of task %s", task.getId()).hasSize(1);
        return timers.get(0);
    }

    private List<Job> timersOf(Task task) {
        return jobs.all(DeadlineJobHandler.TYPE).stream()
            .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().contains(task.getId())).toList();
    }
}
