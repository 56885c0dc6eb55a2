package org.iowscb.learningloop.platform.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.iowscb.learningloop.platform.notification.Recipients.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The emails queued and sent ({@code ll_notification}). Every write runs in the engine's transaction of
 * the job that made it: a row and the job that sends it are written together, and a row is marked sent
 * in the transaction that completes its job.
 */
@Repository
class NotificationOutbox {

    private static final String COLUMNS = "id, kind, recipient_user, recipient_email, task_id, task_name, "
        + "case_reference, due_date, group_names, queued_at, sent_at";

    private final JdbcTemplate jdbc;

    NotificationOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues one email and the engine job that sends it, unless an email with this key was queued
     * before (the key names the event and the recipient, so a repeated event sends nothing twice).
     *
     * @return whether it was queued now
     */
    boolean queue(NotificationKind kind, String dedupeKey, Recipient to, TaskSnapshot task, String groupNames) {
        Integer existing = jdbc.queryForObject("select count(*) from ll_notification where dedupe_key = ?",
            Integer.class, dedupeKey);
        if (existing != null && existing > 0) {
            return false;
        }
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into ll_notification (id, kind, dedupe_key, recipient_user, recipient_email, task_id, "
                + "task_name, case_reference, due_date, group_names, queued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id, kind.name(), dedupeKey, to.userId(), to.email(),
            task == null ? null : task.taskId(), task == null ? null : truncate(task.taskName(), 255),
            task == null ? null : task.caseReference(), task == null || task.due() == null ? null : new Timestamp(task.due().getTime()),
            truncate(groupNames, 1000), now());
        EngineJobs.queue(SendEmailJobHandler.TYPE, id, task);
        return true;
    }

    /**
     * The email, its row locked until the sending job's transaction ends: should a second node ever run
     * the same job (its lock expired), it waits here and then finds the email sent.
     */
    Optional<Notification> lockForSending(String id) {
        return jdbc.query("select " + COLUMNS + " from ll_notification where id = ? for update", this::row, id)
            .stream().findFirst();
    }

    void markSent(String id) {
        jdbc.update("update ll_notification set sent_at = ? where id = ?", now(), id);
    }

    /** Forgets sent emails queued before this moment; returns how many. */
    int forgetSentBefore(Date moment) {
        return jdbc.update("delete from ll_notification where sent_at is not null and queued_at < ?",
            new Timestamp(moment.getTime()));
    }

    /** Every email queued to this address, oldest first (tests and operators). */
    List<Notification> to(String email) {
        return jdbc.query("select " + COLUMNS + " from ll_notification where recipient_email = ? order by queued_at, id",
            this::row, email);
    }

    private Notification row(ResultSet rs, int rowNumber) throws SQLException {
        return new Notification(rs.getString(1), NotificationKind.valueOf(rs.getString(2)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8), rs.getString(9),
            rs.getTimestamp(10), rs.getTimestamp(11));
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
