package org.iowscb.learningloop.platform.notification;

import java.util.Date;

/** One queued email (a row of {@code ll_notification}). Digest rows have no task. */
record Notification(String id, NotificationKind kind, String recipientUser, String recipientEmail, String taskId,
                    String taskName, String caseReference, Date due, String groupNames, Date queuedAt, Date sentAt) {

    boolean sent() {
        return sentAt != null;
    }
}
