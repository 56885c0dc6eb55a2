package org.iowscb.learningloop.platform.notification;

/**
 * The configuration of a {@link DeadlineJobHandler} timer: the task, the due date it was set for (epoch
 * milliseconds; a changed due date gets a timer of its own and this one lapses) and the escalation round
 * (0 before the due date).
 */
record DeadlineWatch(String taskId, long due, int round) {
}
