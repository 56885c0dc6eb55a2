package org.iowscb.learningloop.platform.notification;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.platform.edition.Editions;
import org.iowscb.learningloop.platform.notification.EmailComposer.DigestItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one queued email, then marks it sent in the same transaction. A failure (the mail server down,
 * slow or refusing) fails the job: the engine tries again after each wait of
 * {@code learningloop.notifications.retry-intervals}, and after the last one the job is an incident in
 * Cockpit, where "retry" sends it. An email already marked sent is never sent again.
 */
@Component
class SendEmailJobHandler extends NotificationJobHandler {

    static final String TYPE = "ll-send-email";

    private static final Logger LOG = LoggerFactory.getLogger(SendEmailJobHandler.class);

    private final NotificationOutbox outbox;
    private final EmailComposer composer;
    private final Mailer mailer;

    private final Editions editions;

    SendEmailJobHandler(NotificationOutbox outbox, EmailComposer composer, Mailer mailer, Editions editions) {
        this.outbox = outbox;
        this.composer = composer;
        this.mailer = mailer;
        this.editions = editions;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
                        String tenantId) {
        Optional<Notification> queued = outbox.lockForSending(configuration.value());
        if (queued.isEmpty()) {
            LOG.warn("Queued email {} no longer exists; nothing sent", configuration.value());
            return;
        }
        Notification email = queued.get();
        if (email.sent()) {
            return;
        }
        if (email.kind() == NotificationKind.DIGEST) {
            sendDigest(email, commandContext);
        } else {
            mailer.send(composer.taskEmail(email));
        }
        outbox.markSent(email.id());
    }

    /** A digest says what is open when it is sent; with nothing open it is not sent at all. */
    private void sendDigest(Notification email, CommandContext commandContext) {
        IdentityService identity = commandContext.getProcessEngineConfiguration().getIdentityService();
        List<Task> tasks = OpenTasks.of(commandContext.getProcessEngineConfiguration().getTaskService(),
            email.recipientUser()).orderByDueDate().asc().orderByTaskCreateTime().asc().list();
        Date now = ClockUtil.getCurrentTime();
        List<DigestItem> overdue = new ArrayList<>();
        List<DigestItem> open = new ArrayList<>();
        for (Task task : tasks) {
            TaskSnapshot snapshot = TaskSnapshots.of((TaskEntity) task);
            DigestItem item = new DigestItem(snapshot.taskId(), snapshot.taskName(), snapshot.caseReference(),
                snapshot.due(), GroupNames.of(identity, snapshot, editions));
            (snapshot.due() != null && snapshot.due().before(now) ? overdue : open).add(item);
        }
        if (!tasks.isEmpty()) {
            mailer.send(composer.digest(email, overdue, open));
        }
    }
}
