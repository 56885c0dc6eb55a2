package org.iowscb.learningloop.platform.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the task emails ({@code learningloop.notifications.*}).
 *
 * @param enabled                       queue emails for user tasks at all (the listener on every user task);
 *                                      emails already queued are sent either way
 * @param from                          the sender address
 * @param reminderWorkingDays           a reminder goes this many working days before a task's due date
 * @param escalationIntervalWorkingDays an overdue task is escalated at its due date and again every this many
 *                                      working days until it is done
 * @param retryIntervals                waits between attempts to send one email (ISO-8601 durations, comma
 *                                      separated); after the last one fails the email is an incident in Cockpit
 * @param digestTime                    local time (deadline zone) of the daily digest, on working days
 * @param keepSentDays                  sent emails are recorded this many days, then the record is removed
 */
@ConfigurationProperties(prefix = "learningloop.notifications")
public record NotificationProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("learning-loop@localhost") String from,
    @DefaultValue("2") int reminderWorkingDays,
    @DefaultValue("5") int escalationIntervalWorkingDays,
    @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryIntervals,
    @DefaultValue("07:00") LocalTime digestTime,
    @DefaultValue("90") int keepSentDays) {

    public NotificationProperties {
        if (reminderWorkingDays < 0 || escalationIntervalWorkingDays < 1 || keepSentDays < 1) {
            throw new IllegalArgumentException("learningloop.notifications: reminder-working-days must be at least 0,"
                + " escalation-interval-working-days and keep-sent-days at least 1");
        }
        retryWaits(retryIntervals);
    }

    /** The waits between attempts, parsed. */
    List<Duration> retryWaits() {
        return retryWaits(retryIntervals);
    }

    private static List<Duration> retryWaits(String intervals) {
        if (intervals == null || intervals.isBlank()) {
            throw new IllegalArgumentException("learningloop.notifications.retry-intervals must name at least one wait");
        }
        return Arrays.stream(intervals.split(",")).map(String::trim).map(Duration::parse).toList();
    }
}
