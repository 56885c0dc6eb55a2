package org.iowscb.learningloop.platform.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * England and Wales bank holidays from Jollyday's United Kingdom calendar (subdivision {@code eng};
 * {@code wls} is identical). Dates are the observed dates, so substitute days are included
 * (e.g. Christmas Day 2022, a Sunday, is observed on Tuesday 27 December). Cached per year; thread-safe.
 */
class EnglandAndWalesBankHolidays {

    /** Jollyday hierarchy code for England within the {@code gb} configuration. */
    static final String ENGLAND = "eng";

    private final HolidayManager manager =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Set<LocalDate>> observedByYear = new ConcurrentHashMap<>();

    boolean isBankHoliday(LocalDate date) {
        // a substitute day could in principle spill into the next year, so look at the previous year's list too
        return holidaysIn(date.getYear()).contains(date) || holidaysIn(date.getYear() - 1).contains(date);
    }

    Set<LocalDate> holidaysIn(int year) {
        return observedByYear.computeIfAbsent(year, y -> manager.getHolidays(Year.of(y), ENGLAND).stream()
                .map(Holiday::getDate) // the observed (substitute) date where the holiday is moved
                .collect(Collectors.toUnmodifiableSet()));
    }
}
