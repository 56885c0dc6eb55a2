package org.iowscb.learningloop.board;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A reporting year of the Board: from its first day (1 April by default, {@code
 * learningloop.board.reporting-year-starts}) to the day before the next. Year 2026 is 1 April 2026
 * to 31 March 2027, "2026/27".
 */
record ReportingYear(int year, LocalDate from, LocalDate until) {

    static ReportingYear of(int year, MonthDay starts) {
        LocalDate from = starts.atYear(year);
        return new ReportingYear(year, from, from.plusYears(1));
    }

    /** The reporting year {@code day} falls in. */
    static ReportingYear containing(LocalDate day, MonthDay starts) {
        ReportingYear year = of(day.getYear(), starts);
        return day.isBefore(year.from()) ? of(day.getYear() - 1, starts) : year;
    }

    /** "2026/27", or "2026" when the year starts on 1 January. */
    public String label() {
        return from.getDayOfYear() == 1 ? String.valueOf(year) : year + "/" + String.format("%02d", (year + 1) % 100);
    }

    /** The last day of the year. */
    LocalDate lastDay() {
        return until.minusDays(1);
    }
}
