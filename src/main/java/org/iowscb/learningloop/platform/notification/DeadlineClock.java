package org.iowscb.learningloop.platform.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.iowscb.learningloop.platform.deadline.DeadlineProperties;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * When reminders, escalations and the digest fall due, in working days (England and Wales bank holidays
 * excluded) in the deadline zone. A reminder or escalation keeps the due date's time of day.
 */
@Component
class DeadlineClock {

    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;
    private final NotificationProperties notifications;

    DeadlineClock(WorkingDays workingDays, DeadlineProperties deadlines, NotificationProperties notifications) {
        this.workingDays = workingDays;
        this.deadlines = deadlines;
        this.notifications = notifications;
    }

    /** The reminder's moment: {@code reminder-working-days} working days before the due date. */
    Date reminderAt(Date due) {
        ZonedDateTime at = zoned(due);
        LocalDate day = at.toLocalDate();
        for (int counted = 0; counted < notifications.reminderWorkingDays(); ) {
            day = day.minusDays(1);
            if (workingDays.isWorkingDay(day)) {
                counted++;
            }
        }
        return Date.from(day.atTime(at.toLocalTime()).atZone(deadlines.zone()).toInstant());
    }

    /** The first moment to look at a new task: its reminder, or its due date when that is too close. */
    Date firstLook(Date due, Date now) {
        Date reminder = reminderAt(due);
        return notifications.reminderWorkingDays() > 0 && reminder.after(now) ? reminder : due;
    }

    /** The next escalation after one due at {@code previous}: the interval on, past {@code now}. */
    Date nextEscalation(Date previous, Date now) {
        ZonedDateTime at = zoned(previous);
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        Date next;
        do {
            day = workingDays.addWorkingDays(day, notifications.escalationIntervalWorkingDays());
            next = Date.from(day.atTime(time).atZone(deadlines.zone()).toInstant());
        } while (!next.after(now));
        return next;
    }

    /** The next digest: {@code digest-time} on the next working day after {@code now} (today if still to come). */
    Date nextDigest(Date now) {
        LocalDate day = zoned(now).toLocalDate();
        while (true) {
            Date at = Date.from(day.atTime(notifications.digestTime()).atZone(deadlines.zone()).toInstant());
            if (at.after(now) && workingDays.isWorkingDay(day)) {
                return at;
            }
            day = day.plusDays(1);
        }
    }

    LocalDate today(Date now) {
        return zoned(now).toLocalDate();
    }

    boolean isWorkingDay(LocalDate day) {
        return workingDays.isWorkingDay(day);
    }

    private ZonedDateTime zoned(Date moment) {
        return moment.toInstant().atZone(deadlines.zone());
    }
}
