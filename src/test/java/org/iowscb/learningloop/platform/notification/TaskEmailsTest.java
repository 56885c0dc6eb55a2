package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.support.DemoUsers.email;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.BOARD_COMMENTS;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.RATIFIED;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.support.SmtpServer;
import org.iowscb.learningloop.support.SmtpServer.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class TaskEmailsTest extends MailTest {

    static final String BOARD = "Isle of Wight Safeguarding Children Board";
    static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";

    /** What people type into the forms, names included: none of it may reach an email. */
    static final String TYPED_REASON = "Concerns after the death of Jayden Okafor, aged 4";
    static final String TYPED_CHANGES = "Kirsty Okafor (mother) says the health visitor never came";
    static final String TYPED_COMMENTS = "Ratified; thanks to Dr Priya Raman of the Hollyoak surgery";
    static final List<String> NEVER_IN_AN_EMAIL = List.of(TYPED_REASON, TYPED_CHANGES, TYPED_COMMENTS,
        "Jayden", "Okafor", "Kirsty", "Priya", "Raman", "Hollyoak", "health visitor");

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @DisplayName("a framework review run: the SCR Sub Group, then the Board hear of their task, with its link; nothing typed")
    void processRunEmailsEachGroupItsTask() {
        ProcessInstance review = requestReview(TYPED_REASON);
        Task reviewTask = task(review);
        String reference = review.getBusinessKey();
        assertThat(SmtpServer.received()).as("nothing is sent inside the task's transaction").isEmpty();

        jobs.runDue();

        List<Received> first = SmtpServer.received();
        assertThat(first).extracting(Received::to).containsExactly(email("scr-chair"));
        Received email = first.get(0);
        assertThat(email.subject())
            .isEqualTo(BOARD + ": New task for your group: Review the framework (" + reference + ")");
        assertThat(email.contentType()).startsWith("multipart/alternative");
        assertThat(email.partTypes()).hasSize(2);
        assertThat(email.partTypes().get(0)).startsWith("text/plain");
        assertThat(email.partTypes().get(1)).startsWith("text/html");
        assertThat(email.messageId()).endsWith("@learning-loop>");
        assertThat(email.text()).contains(BOARD, "Review the framework", reference,
            "Tuesday 29 December 2026, 17:00", "Serious Case Review Sub Group", TASKLIST + reviewTask.getId());
        assertThat(email.html()).contains(BOARD, "Review the framework", reference,
            "href=\"" + TASKLIST + reviewTask.getId() + "\"");

        SmtpServer.forgetReceived();
        work("scr-chair", review, review(TYPED_CHANGES, true));
        jobs.runDue();

        Task ratify = task(review);
        List<Received> second = SmtpServer.received();
        assertThat(second).as("the claim by scr-chair sends nothing; the Board hears of its task")
            .extracting(Received::to).containsExactly(email("board"));
        assertThat(second.get(0).subject())
            .isEqualTo(BOARD + ": New task for your group: Ratify the revised framework (" + reference + ")");
        assertThat(second.get(0).text()).contains("Safeguarding Children Board", TASKLIST + ratify.getId(),
            "Wednesday 27 January 2027, 17:00");

        work("board", review, Variables.createVariables().putValue(RATIFIED.name(), true)
            .putValue(BOARD_COMMENTS.name(), TYPED_COMMENTS));
        jobs.runDue();
        assertThat(SmtpServer.received()).hasSize(1);

        List<Received> all = List.of(email, second.get(0));
        all.forEach(mail -> assertThat(mail.everything()).doesNotContain(NEVER_IN_AN_EMAIL));
        assertThat(outbox.to(email("scr-chair"))).extracting(Notification::kind).contains(NotificationKind.NEW_TASK);
        assertThat(outbox.to(email("board"))).allMatch(Notification::sent);
    }

    @Test
    @DisplayName("a task assigned by someone else tells the assignee; taking it yourself tells nobody")
    void assignmentBySomeoneElse() {
        ProcessInstance review = requestReview("New national guidance");
        jobs.runDue();
        SmtpServer.forgetReceived();
        String taskId = task(review).getId();

        as("demo", () -> {
            engine.getTaskService().setAssignee(taskId, "scr-chair");
            return null;
        });
        jobs.runDue();
        List<Received> assigned = SmtpServer.received();
        assertThat(assigned).extracting(Received::to).containsExactly(email("scr-chair"));
        assertThat(assigned.get(0).subject()).contains("A task has been assigned to you: Review the framework");
        assertThat(assigned.get(0).text()).contains(TASKLIST + taskId);

        as("demo", () -> {
            engine.getTaskService().setAssignee(taskId, null);
            return null;
        });
        jobs.runDue();
        SmtpServer.forgetReceived();
        as("scr-chair", () -> {
            engine.getTaskService().claim(taskId, "scr-chair");
            return null;
        });
        jobs.runDue();
        assertThat(SmtpServer.received()).isEmpty();
    }

    @Test
    @DisplayName("a rolled-back transaction queues nothing and sends nothing")
    void rolledBackTransactionSendsNothing() {
        int queuedBefore = jobs.all(TaskEventJobHandler.TYPE).size();
        int timersBefore = jobs.all(DeadlineJobHandler.TYPE).size();

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            requestReview("A request that is then rolled back");
            assertThat(jobs.all(TaskEventJobHandler.TYPE)).hasSize(queuedBefore + 1);
            transaction.setRollbackOnly();
        });

        assertThat(jobs.all(TaskEventJobHandler.TYPE)).hasSize(queuedBefore);
        assertThat(jobs.all(DeadlineJobHandler.TYPE)).hasSize(timersBefore);
        jobs.runDue();
        assertThat(SmtpServer.received()).isEmpty();
    }
}
