package org.iowscb.learningloop.platform.notification;

/**
 * The configuration of a {@link TaskEventJobHandler} job: what happened to which task.
 *
 * @param type  CREATED (tell the groups unless it has an assignee; set its due-date timer), ASSIGNED (tell
 *              the new assignee), DUE_DATE_CHANGED (set a timer for the new due date)
 * @param task  the task as it was then
 */
record TaskEvent(Type type, TaskSnapshot task) {

    enum Type {
        CREATED,
        ASSIGNED,
        DUE_DATE_CHANGED
    }
}
