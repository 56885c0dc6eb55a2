package org.iowscb.learningloop.platform.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The listener the engine runs on every user task of every model (added by {@link NotificationPlugin}).
 * In the task's own transaction it writes one engine job, never sends anything: the job (run after the
 * transaction has committed) queues the emails and sets the due-date timer; a rolled-back transaction
 * leaves no job behind.
 * <ul>
 *   <li>create: the task's groups hear of it, unless it is created with an assignee (then the assignment
 *       event that follows tells the assignee); a task with a due date gets its reminder timer;</li>
 *   <li>assignment: the new assignee hears of it, unless they took the task themselves;</li>
 *   <li>update: a changed due date gets a timer of its own (the old one lapses).</li>
 * </ul>
 * A task that ends needs nothing: its timer finds it gone and stops.
 */
final class TaskEvents implements TaskListener {

    private final NotificationSwitch notificationSwitch;

    TaskEvents(NotificationSwitch notificationSwitch) {
        this.notificationSwitch = notificationSwitch;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!notificationSwitch.isOn()) {
            return;
        }
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_ASSIGNMENT -> assigned(task);
            case EVENTNAME_UPDATE -> updated(task);
            default -> {
                // complete, delete: the due-date timer stops by itself
            }
        }
    }

    private void created(DelegateTask task) {
        if (task.getAssignee() == null || task.getDueDate() != null) {
            TaskEventJobHandler.queue(TaskEvent.Type.CREATED, TaskSnapshots.of(task));
        }
    }

    private void assigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || assignee.equals(currentUser(task))) {
            return;
        }
        TaskEventJobHandler.queue(TaskEvent.Type.ASSIGNED, TaskSnapshots.of(task));
    }

    private void updated(DelegateTask task) {
        if (task.getDueDate() != null && task instanceof TaskEntity entity
            && entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
            TaskEventJobHandler.queue(TaskEvent.Type.DUE_DATE_CHANGED, TaskSnapshots.of(task));
        }
    }

    private static String currentUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
