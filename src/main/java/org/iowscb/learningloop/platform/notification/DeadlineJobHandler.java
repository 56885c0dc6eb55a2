package org.iowscb.learningloop.platform.notification;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.iowscb.learningloop.platform.edition.Editions;
import org.iowscb.learningloop.platform.notification.Recipients.Recipient;
import org.springframework.stereotype.Component;

/**
 * A timer per task with a due date, set when the task is created: before the due date it queues the
 * reminder and sets itself again for the due date; from the due date on it queues an escalation and sets
 * itself again an interval later, until the task is done. A task that is done, or whose due date
 * changed (the new date has its own timer), ends the chain: the timer runs once more and does nothing.
 */
@Component
class DeadlineJobHandler extends NotificationJobHandler {

    static final String TYPE = "ll-task-deadline";

    private final NotificationOutbox outbox;
    private final DeadlineClock clock;

    private final Editions editions;

    DeadlineJobHandler(NotificationOutbox outbox, DeadlineClock clock, Editions editions) {
        this.outbox = outbox;
        this.clock = clock;
        this.editions = editions;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    /** Sets the first timer of a task; runs in the task's transaction. */
    void watch(TaskSnapshot task) {
        Date due = task.due();
        EngineJobs.schedule(TYPE, Json.write(new DeadlineWatch(task.taskId(), due.getTime(), 0)),
            clock.firstLook(due, ClockUtil.getCurrentTime()), task);
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
                        String tenantId) {
        DeadlineWatch watch = Json.read(configuration.value(), DeadlineWatch.class);
        TaskSnapshot task = TaskSnapshots.current(commandContext, watch.taskId());
        if (task == null || task.due() == null || task.due().getTime() != watch.due()) {
            return;
        }
        IdentityService identity = commandContext.getProcessEngineConfiguration().getIdentityService();
        Recipients recipients = new Recipients(identity);
        String groups = GroupNames.of(identity, task, editions);
        Date now = ClockUtil.getCurrentTime();
        String event = task.taskId() + ":" + watch.due();
        if (now.before(task.due())) {
            for (Recipient to : recipients.ofWork(task.assignee(), task.candidateGroups(), task.candidateUsers())) {
                outbox.queue(NotificationKind.REMINDER, "reminder:" + event + ":" + to.userId(), to, task, groups);
            }
            EngineJobs.schedule(TYPE, Json.write(new DeadlineWatch(task.taskId(), watch.due(), 1)), task.due(), task);
            return;
        }
        int round = Math.max(1, watch.round());
        for (Recipient to : recipients.ofEscalation(task.candidateGroups())) {
            outbox.queue(NotificationKind.ESCALATION, "escalation:" + event + ":" + round + ":" + to.userId(), to,
                task, groups);
        }
        Date scheduled = commandContext.getCurrentJob().getDuedate();
        Date previous = scheduled == null || scheduled.before(task.due()) ? task.due() : scheduled;
        EngineJobs.schedule(TYPE, Json.write(new DeadlineWatch(task.taskId(), watch.due(), round + 1)),
            clock.nextEscalation(previous, now), task);
    }
}
