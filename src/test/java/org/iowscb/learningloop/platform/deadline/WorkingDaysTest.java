package org.iowscb.learningloop.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(DeadlineProperties.defaults());

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    // --- weekends and ordinary weeks ---

    @Test
    void fiveWorkingDaysAfterAFridayIncidentIsTheFollowingFridayAt1700() {
        assertThat(workingDays.after("2024-06-07", 5)).isEqualTo(at("2024-06-14T16:00:00Z")); // 17:00 BST
    }

    @Test
    void oneWorkingDayAfterAFridayIsMonday() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 6, 7), 1)).isEqualTo(LocalDate.of(2024, 6, 10));
    }

    @Test
    void countingFromAWeekendStartsWithMonday() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 6, 8), 1)).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 6, 9), 5)).isEqualTo(LocalDate.of(2024, 6, 14));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayIfWorkingOtherwiseTheNextWorkingDay() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 6, 5), 0)).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 6, 8), 0)).isEqualTo(LocalDate.of(2024, 6, 10));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 6, 7))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 6, 8))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 6, 9))).isFalse();
    }

    // --- bank holidays ---

    @Test
    void easter2024GoodFridayAndEasterMondayAreSkipped() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 3, 29))).as("Good Friday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 4, 1))).as("Easter Monday").isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 3, 28), 1)).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void fiveWorkingDaysAfterTheFridayBeforeEaster2024IsTuesdayAfterEasterMonday() {
        assertThat(workingDays.after("2024-03-22", 5)).isEqualTo(at("2024-04-02T16:00:00Z"));
    }

    @Test
    void christmas2022OnASundaySkipsBoxingDayAndSubstituteTuesday27() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 12, 26))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 12, 27))).isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2022, 12, 23), 1)).isEqualTo(LocalDate.of(2022, 12, 28));
    }

    @Test
    void christmasAndBoxingDay2021OnAWeekendSkipMonday27AndTuesday28() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2021, 12, 24))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2021, 12, 27))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2021, 12, 28))).isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2021, 12, 24), 1)).isEqualTo(LocalDate.of(2021, 12, 29));
    }

    @Test
    void newYear2022OnASaturdaySkipsSubstituteMonday3January() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2021, 12, 31), 1)).isEqualTo(LocalDate.of(2022, 1, 4));
    }

    @Test
    void fiveWorkingDaysFromChristmasEve2021RunsIntoJanuary2022() {
        // 29, 30, 31 Dec 2021, then Tue 4 and Wed 5 Jan 2022 (Mon 3 Jan is the New Year substitute)
        assertThat(workingDays.after(LocalDate.of(2021, 12, 24), 5)).isEqualTo(at("2022-01-05T17:00:00Z"));
    }

    @Test
    void earlyMaySpringAndSummerBankHolidays2024AreSkipped() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 5, 3), 1)).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 5, 24), 1)).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2024, 8, 23), 1)).isEqualTo(LocalDate.of(2024, 8, 27));
    }

    @Test
    void royalBankHolidaysFromJollydayAreSkipped() {
        // 2022: Spring bank holiday moved to Thu 2 June, Platinum Jubilee Fri 3 June; Mon 30 May was a working day
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2022, 6, 1), 1)).isEqualTo(LocalDate.of(2022, 6, 6));
        // State funeral Mon 19 Sep 2022; Coronation Mon 8 May 2023
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
    }

    @Test
    void scottishOnlyBankHolidaysAreWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 1, 2))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 8, 5))).isTrue();
    }

    // --- end of working day in Europe/London ---

    @Test
    void endOfWorkingDayIs1700LocalSo1600UtcInSummerAnd1700UtcInWinter() {
        assertThat(workingDays.endOfWorkingDay(LocalDate.of(2024, 7, 1))).isEqualTo(at("2024-07-01T16:00:00Z"));
        assertThat(workingDays.endOfWorkingDay(LocalDate.of(2024, 1, 15))).isEqualTo(at("2024-01-15T17:00:00Z"));
    }

    @Test
    void spanIntoBritishSummerTimeEndsAt1600Utc() {
        // Thu 28 Mar 2024 is GMT; clocks go forward Sun 31 Mar; deadline Tue 2 Apr 17:00 BST
        assertThat(workingDays.after("2024-03-28", 1)).isEqualTo(at("2024-04-02T16:00:00Z"));
    }

    @Test
    void spanOutOfBritishSummerTimeEndsAt1700Utc() {
        // Fri 25 Oct 2024 is BST; clocks go back Sun 27 Oct; deadline Mon 28 Oct 17:00 GMT
        assertThat(workingDays.after("2024-10-25", 1)).isEqualTo(at("2024-10-28T17:00:00Z"));
    }

    @Test
    void configuredZoneAndEndOfDayAreUsed() {
        WorkingDays paris = new WorkingDays(new DeadlineProperties(java.time.ZoneId.of("Europe/Paris"),
                java.time.LocalTime.of(16, 30)));
        assertThat(paris.endOfWorkingDay(LocalDate.of(2024, 7, 1))).isEqualTo(at("2024-07-01T14:30:00Z"));
    }

    // --- start values ---

    @Test
    void startMayBeIsoStringLocalDateOrDate() {
        Date expected = at("2024-06-14T16:00:00Z");
        assertThat(workingDays.after("2024-06-07", 5)).isEqualTo(expected);
        assertThat(workingDays.after(" 2024-06-07 ", 5)).isEqualTo(expected);
        assertThat(workingDays.after(LocalDate.of(2024, 6, 7), 5)).isEqualTo(expected);
        assertThat(workingDays.after(at("2024-06-07T09:00:00Z"), 5)).isEqualTo(expected);
        assertThat(workingDays.after(new java.sql.Date(at("2024-06-07T09:00:00Z").getTime()), 5)).isEqualTo(expected);
        assertThat(workingDays.calendarMonthsAfter(LocalDate.of(2024, 1, 15), 1))
            .isEqualTo(workingDays.calendarMonthsAfter("2024-01-15", 1));
    }

    @Test
    void dateStartIsReadAsTheLondonCalendarDate() {
        // 23:30Z on Fri 7 June 2024 is 00:30 BST on Sat 8 June, so the next working day is Mon 10 June
        assertThat(workingDays.after(at("2024-06-07T23:30:00Z"), 1)).isEqualTo(at("2024-06-10T16:00:00Z"));
    }

    @Test
    void nullStartIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after(null, 5))
                .withMessageContaining("must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.calendarMonthsAfter(null, 1))
                .withMessageContaining("must not be null");
    }

    @Test
    void unparseableStartIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after("07/06/2024", 5))
                .withMessageContaining("'07/06/2024'").withMessageContaining("yyyy-MM-dd");
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after("", 5))
                .withMessageContaining("yyyy-MM-dd");
    }

    @Test
    void unsupportedStartTypeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after(42, 5))
                .withMessageContaining("java.lang.Integer");
    }

    @Test
    void negativeWorkingDaysOrMonthsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after("2024-06-07", -1))
                .withMessageContaining("workingDays must not be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.calendarMonthsAfter("2024-06-07", -1))
                .withMessageContaining("months must not be negative");
    }

    // --- calendar months ---

    @ParameterizedTest(name = "one calendar month after {0}: {1} ({2})")
    @CsvSource({
        "2024-01-15, 2024-02-15T17:00:00Z, a referral on a working day: that date next month",
        "2024-01-31, 2024-02-29T17:00:00Z, after 31 January: the last day of February",
        "2024-05-15, 2024-06-17T16:00:00Z, landing on Saturday 15 June: Monday",
        "2024-02-29, 2024-04-02T16:00:00Z, landing on Good Friday: past Easter Monday to Tuesday 2 April (BST)",
        "2024-04-06, 2024-05-07T16:00:00Z, landing on the early May bank holiday: Tuesday"})
    void oneCalendarMonthAfter(String start, String deadline, String why) {
        assertThat(workingDays.calendarMonthsAfter(start, 1)).isEqualTo(at(deadline));
    }

    // --- working days between two dates: the board's days left and days late ---

    @Test
    void daysBetweenAreTheWorkingDaysAfterTheFirstUpToTheSecondAndNegativeWhenLate() {
        // Christmas 2026: Friday 25 and Monday 28 December (Boxing Day substitute) are bank holidays
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 24))).isEqualTo(-1);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))).isZero();
    }

    @Test
    void daysBetweenAgreeWithCountingDayByDayOverTwoYears() {
        LocalDate from = LocalDate.of(2025, 11, 3);
        for (int span = 0; span < 730; span += 7) {
            LocalDate to = from.plusDays(span + span % 5);
            int counted = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                counted += workingDays.isWorkingDay(day) ? 1 : 0;
            }
            assertThat(workingDays.workingDaysBetween(from, to)).as("from %s to %s", from, to).isEqualTo(counted);
            assertThat(workingDays.addWorkingDays(from, counted)).isBeforeOrEqualTo(to);
        }
    }
}
