package org.iowscb.learningloop.platform.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.DemoUsers;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the email tests: the running application of {@link ApplicationTest}, whose emails reach
 * GreenMail ({@link SmtpServer}), the engine clock fixed at {@link #NOW}. Each test starts from an
 * empty email queue and deletes the cases it started; the cases other tests left behind send
 * nothing while it runs.
 */
@FixedClock(MailTest.FRIDAY_27_NOVEMBER_2026)
abstract class MailTest extends ApplicationTest {

    /** Friday 27 November 2026, 10:00 in London (GMT). */
    static final String FRIDAY_27_NOVEMBER_2026 = "2026-11-27T10:00:00Z";
    static final Instant NOW = Instant.parse(FRIDAY_27_NOVEMBER_2026);

    @Autowired
    NotificationOutbox outbox;

    protected NotificationJobs jobs;

    private final List<String> started = new ArrayList<>();

    @BeforeEach
    void cleanSlate() {
        SmtpServer.up();
        jobs = new NotificationJobs(engine.getManagementService());
        jobs.forgetQueued();
        SmtpServer.forgetReceived();
    }

    @AfterEach
    void deleteCases() {
        engine.getIdentityService().clearAuthentication();
        for (String id : started) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test finished");
            }
        }
        SmtpServer.up();
    }

    static void at(String instant) {
        clockAt(instant);
    }

    /** The SCR Sub Group chair asks for an earlier framework review (message with its reason). */
    ProcessInstance requestReview(String reason) {
        ProcessInstance review = as("scr-chair", () -> engine.getRuntimeService()
            .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
            .setVariable(FrameworkAnnualReview.REASON.name(), reason)
            .correlateStartMessage());
        started.add(review.getId());
        return review;
    }

    Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** The user claims the case's open task and completes it, as Tasklist does. */
    void work(String user, ProcessInstance instance, VariableMap answers) {
        String taskId = task(instance).getId();
        as(user, () -> {
            engine.getTaskService().claim(taskId, user);
            engine.getTaskService().complete(taskId, answers);
            return null;
        });
    }

    static VariableMap review(String whatChanged, boolean revisionNeeded) {
        return Variables.createVariables()
            .putValue(FrameworkAnnualReview.WHAT_CHANGED.name(), whatChanged)
            .putValue(FrameworkAnnualReview.REVISION_NEEDED.name(), revisionNeeded)
            .putValue(FrameworkAnnualReview.NEXT_REVIEW_DATE.name(), "2027-12-03");
    }

    <T> T as(String user, Supplier<T> action) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, DemoUsers.user(user).groups());
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
