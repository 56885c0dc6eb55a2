package org.iowscb.learningloop.platform.notification;

import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.NEXT_REVIEW_DATE;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REASON;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REVISION_NEEDED;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.WHAT_CHANGED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the email tests: the whole application with {@code spring.mail.host} pointing at GreenMail
 * ({@link SmtpServer}), the job executor off (the tests run the jobs), the engine clock fixed. All the
 * email tests share this one Spring context; each test deletes the cases it started.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class MailTest {

    /** Friday 27 November 2026, 10:00 in London (GMT). */
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SmtpServer.PORT);
    }

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    NotificationOutbox outbox;

    protected NotificationJobs jobs;

    private final List<String> started = new ArrayList<>();

    @BeforeEach
    void cleanSlate() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        SmtpServer.up();
        jobs = new NotificationJobs(engine.getManagementService());
        jobs.runDue();
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
        ClockUtil.reset();
    }

    static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    /** The SCR Sub Group chair asks for an earlier framework review (message with its reason). */
    ProcessInstance requestReview(String reason) {
        ProcessInstance review = as("scr-chair", () -> engine.getRuntimeService()
            .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
            .setVariable(REASON.name(), reason)
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
            .putValue(WHAT_CHANGED.name(), whatChanged)
            .putValue(REVISION_NEEDED.name(), revisionNeeded)
            .putValue(NEXT_REVIEW_DATE.name(), "2027-12-03");
    }

    <T> T as(String user, Supplier<T> action) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
