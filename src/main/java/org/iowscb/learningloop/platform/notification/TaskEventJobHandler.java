package org.iowscb.learningloop.platform.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.iowscb.learningloop.platform.edition.Editions;
import org.iowscb.learningloop.platform.notification.Recipients.Recipient;
import org.springframework.stereotype.Component;

/**
 * Runs after the task's transaction, so that transaction only writes this one job: finds who should hear
 * about a new or reassigned task and queues one email to each (one row and one sending job per email, so
 * each is retried on its own), and sets the task's due-date timer.
 */
@Component
class TaskEventJobHandler extends NotificationJobHandler {

    static final String TYPE = "ll-task-event";

    private final NotificationOutbox outbox;
    private final DeadlineJobHandler deadlines;

    private final Editions editions;

    TaskEventJobHandler(NotificationOutbox outbox, DeadlineJobHandler deadlines, Editions editions) {
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.editions = editions;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    /** Writes the job; runs in the task's transaction. */
    static void queue(TaskEvent.Type type, TaskSnapshot task) {
        EngineJobs.queue(TYPE, Json.write(new TaskEvent(type, task)), task);
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
                        String tenantId) {
        TaskEvent event = Json.read(configuration.value(), TaskEvent.class);
        TaskSnapshot task = event.task();
        switch (event.type()) {
            case CREATED -> {
                if (task.assignee() == null) {
                    tell(NotificationKind.NEW_TASK, "new:" + task.taskId(), task, commandContext);
                }
                watchDueDate(task, commandContext);
            }
            case ASSIGNED -> tell(NotificationKind.ASSIGNED,
                "assigned:" + task.taskId() + ":" + commandContext.getCurrentJob().getId(), task, commandContext);
            case DUE_DATE_CHANGED -> watchDueDate(task, commandContext);
        }
    }

    private void tell(NotificationKind kind, String event, TaskSnapshot task, CommandContext commandContext) {
        IdentityService identity = commandContext.getProcessEngineConfiguration().getIdentityService();
        String groups = GroupNames.of(identity, task, editions);
        for (Recipient recipient : new Recipients(identity).ofWork(task.assignee(), task.candidateGroups(),
            task.candidateUsers())) {
            outbox.queue(kind, event + ":" + recipient.userId(), recipient, task, groups);
        }
    }

    /** A timer for the due date, unless the task is already done. */
    private void watchDueDate(TaskSnapshot task, CommandContext commandContext) {
        if (task.due() != null && commandContext.getTaskManager().findTaskById(task.taskId()) != null) {
            deadlines.watch(task);
        }
    }
}
