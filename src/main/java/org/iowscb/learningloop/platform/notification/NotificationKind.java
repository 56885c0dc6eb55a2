package org.iowscb.learningloop.platform.notification;

/** What an email is about. */
enum NotificationKind {
    /** A task was created for the recipient's group. */
    NEW_TASK,
    /** Someone else assigned a task to the recipient. */
    ASSIGNED,
    /** A task is due soon. */
    REMINDER,
    /** A task is overdue: to the group's chair, or the business unit. */
    ESCALATION,
    /** The recipient's open and overdue tasks in one email. */
    DIGEST
}
