package org.iowscb.learningloop.platform.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Working-day calendar for BPMN deadlines, e.g.
 * {@code camunda:dueDate="${workingDays.after(incidentKnownOn, 5)}"}.
 * <p>
 * A working day is Monday to Friday, excluding England and Wales bank holidays (with substitute days).
 * Deadlines fall at the end of the working day ({@link DeadlineProperties#endOfWorkingDay()}, default 17:00)
 * in {@link DeadlineProperties#zone()} (default Europe/London). "Today" is the Camunda engine clock
 * ({@link ClockUtil#getCurrentTime()}), so tests that move the engine clock move these deadlines too.
 */
@Component("workingDays")
public class WorkingDays {

    private final DeadlineProperties properties;
    private final EnglandAndWalesBankHolidays bankHolidays = new EnglandAndWalesBankHolidays();

    public WorkingDays(DeadlineProperties properties) {
        this.properties = properties != null ? properties : DeadlineProperties.defaults();
    }

    /**
     * End of the working day that is {@code workingDays} working days after {@code start}; the start day is not
     * counted (day 1 is the next working day). With 0, the start day itself if it is a working day, else the next.
     *
     * @param start a {@code yyyy-MM-dd} String, {@link Date}, {@link LocalDate} (or another java.time date/instant)
     */
    public Date after(Object start, int workingDays) {
        return endOfWorkingDay(addWorkingDays(toLocalDate(start), workingDays));
    }

    /** As {@link #after(Object, int)}, counted from today on the engine clock. */
    public Date fromToday(int workingDays) {
        return endOfWorkingDay(addWorkingDays(today(), workingDays));
    }

    /**
     * End of working day on {@code start} plus {@code months} calendar months (31 Jan + 1 month = 28/29 Feb);
     * if that date is not a working day, the next working day.
     */
    public Date calendarMonthsAfter(Object start, int months) {
        requireNotNegative(months, "months");
        return endOfWorkingDay(onOrNextWorkingDay(toLocalDate(start).plusMonths(months)));
    }

    /** As {@link #calendarMonthsAfter(Object, int)}, counted from today on the engine clock. */
    public Date monthsFromToday(int months) {
        return calendarMonthsAfter(today(), months);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date must not be null");
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The date {@code workingDays} working days after {@code start} (start not counted). For 0, {@code start} if it is
     * a working day, otherwise the next working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (start == null) {
            throw new IllegalArgumentException("start date must not be null");
        }
        requireNotNegative(workingDays, "workingDays");
        if (workingDays == 0) {
            return onOrNextWorkingDay(start);
        }
        LocalDate date = start;
        for (int counted = 0; counted < workingDays; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Working days from {@code from} to {@code to}: positive when {@code to} is later (the days left),
     * negative when it is earlier (the days late), 0 on the same day. {@code from} is not counted, {@code to}
     * is, so a clock due tomorrow has 1 working day left.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("dates must not be null");
        }
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // whole weeks by arithmetic, the rest day by day: the board page counts this for every open case
        long span = to.toEpochDay() - from.toEpochDay();
        long days = span / 7 * 5;
        for (LocalDate date = from.plusDays(span / 7 * 7 + 1); !date.isAfter(to); date = date.plusDays(1)) {
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        days -= java.util.stream.IntStream.rangeClosed(from.getYear() - 1, to.getYear()).boxed()
            .flatMap(year -> bankHolidays.holidaysIn(year).stream())
            .filter(day -> day.isAfter(from) && !day.isAfter(to))
            .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
            .distinct().count();
        return Math.toIntExact(days);
    }

    /** The date of a deadline in the configured zone (the day a {@link #endOfWorkingDay} instant falls on). */
    public LocalDate dateOf(Date deadline) {
        return LocalDate.ofInstant(deadline.toInstant(), properties.zone());
    }

    /** {@code date} at the configured end of the working day in the configured zone. */
    public Date endOfWorkingDay(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date must not be null");
        }
        return Date.from(date.atTime(properties.endOfWorkingDay()).atZone(properties.zone()).toInstant());
    }

    LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate result = date;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** Today on the engine clock, in the configured zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), properties.zone());
    }

    LocalDate toLocalDate(Object start) {
        if (start == null) {
            throw new IllegalArgumentException("start date must not be null (expected yyyy-MM-dd, Date or LocalDate)");
        }
        if (start instanceof LocalDate date) {
            return date;
        }
        if (start instanceof String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("start date '" + text + "' is not an ISO date (yyyy-MM-dd)", e);
            }
        }
        if (start instanceof Date date) {
            // getTime() rather than toInstant(): java.sql.Date.toInstant() throws
            return LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), properties.zone());
        }
        if (start instanceof Instant instant) {
            return LocalDate.ofInstant(instant, properties.zone());
        }
        if (start instanceof ZonedDateTime dateTime) {
            return dateTime.withZoneSameInstant(properties.zone()).toLocalDate();
        }
        if (start instanceof OffsetDateTime dateTime) {
            return dateTime.atZoneSameInstant(properties.zone()).toLocalDate();
        }
        if (start instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        throw new IllegalArgumentException("start date of type " + start.getClass().getName()
                + " is not supported (expected yyyy-MM-dd String, Date or LocalDate)");
    }

    private static void requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
