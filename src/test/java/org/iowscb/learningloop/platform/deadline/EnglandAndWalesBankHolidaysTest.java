package org.iowscb.learningloop.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** What Jollyday's United Kingdom / England calendar actually gives us, checked against gov.uk for real years. */
class EnglandAndWalesBankHolidaysTest {

    private final EnglandAndWalesBankHolidays holidays = new EnglandAndWalesBankHolidays();

    @Test
    void allEightEnglandAndWalesBankHolidaysOf2024() {
        assertThat(holidays.holidaysIn(2024)).containsExactlyInAnyOrder(
                LocalDate.of(2024, 1, 1),   // New Year's Day
                LocalDate.of(2024, 3, 29),  // Good Friday
                LocalDate.of(2024, 4, 1),   // Easter Monday
                LocalDate.of(2024, 5, 6),   // Early May bank holiday
                LocalDate.of(2024, 5, 27),  // Spring bank holiday
                LocalDate.of(2024, 8, 26),  // Summer bank holiday
                LocalDate.of(2024, 12, 25), // Christmas Day
                LocalDate.of(2024, 12, 26)); // Boxing Day
    }

    @Test
    void christmasAndBoxingDay2021OnAWeekendAreSubstitutedByMonday27AndTuesday28() {
        assertThat(holidays.holidaysIn(2021))
                .contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28))
                .doesNotContain(LocalDate.of(2021, 12, 25), LocalDate.of(2021, 12, 26));
    }

    @Test
    void christmasDay2022OnASundayIsSubstitutedByTuesday27AfterBoxingDayOnMonday26() {
        assertThat(holidays.holidaysIn(2022)).contains(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
    }

    @Test
    void newYear2022OnASaturdayIsSubstitutedByMonday3January() {
        assertThat(holidays.isBankHoliday(LocalDate.of(2022, 1, 3))).isTrue();
    }

    @Test
    void jollydayIncludesTheOneOffRoyalBankHolidaysAndTheMovedSpringBankHolidayOf2022() {
        assertThat(holidays.holidaysIn(2022)).contains(
                LocalDate.of(2022, 6, 2),   // Spring bank holiday moved from Monday 30 May
                LocalDate.of(2022, 6, 3),   // Queen's Platinum Jubilee
                LocalDate.of(2022, 9, 19))  // State funeral of Queen Elizabeth II
                .doesNotContain(LocalDate.of(2022, 5, 30));
        assertThat(holidays.holidaysIn(2023)).contains(LocalDate.of(2023, 5, 8)); // Coronation of King Charles III
    }

    @Test
    void scottishAndNorthernIrishOnlyHolidaysAreNotBankHolidaysInEnglandAndWales() {
        assertThat(holidays.isBankHoliday(LocalDate.of(2024, 1, 2))).as("2 January (Scotland)").isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2024, 8, 5))).as("first Monday of August (Scotland)").isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2026, 11, 30))).as("St Andrew's Day (Scotland)").isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2025, 3, 17))).as("St Patrick's Day (NI)").isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2025, 7, 14))).as("Battle of the Boyne (NI)").isFalse();
    }

    @Test
    void holidaysAreCachedPerYear() {
        assertThat(holidays.holidaysIn(2025)).isSameAs(holidays.holidaysIn(2025));
    }

    @Test
    void concurrentLookupsAcrossYearsAgreeWithSequentialOnes() throws Exception {
        EnglandAndWalesBankHolidays reference = new EnglandAndWalesBankHolidays();
        List<Callable<Set<LocalDate>>> lookups = IntStream.range(0, 64)
                .mapToObj(i -> (Callable<Set<LocalDate>>) () -> holidays.holidaysIn(2020 + i % 8))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Set<LocalDate>>> results = pool.invokeAll(lookups);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(reference.holidaysIn(2020 + i % 8));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
