package org.iowscb.learningloop.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Today" comes from the Camunda engine clock, so process tests that move the clock move the deadlines. */
class WorkingDaysEngineClockTest {

    private final WorkingDays workingDays = new WorkingDays(DeadlineProperties.defaults());

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void todayFollowsTheEngineClockInLondon() {
        ClockUtil.setCurrentTime(at("2024-06-07T23:30:00Z")); // 00:30 BST Saturday 8 June
        assertThat(workingDays.today()).isEqualTo(LocalDate.of(2024, 6, 8));
    }

    @Test
    void fromTodayCountsWorkingDaysFromTheEngineClock() {
        ClockUtil.setCurrentTime(at("2024-06-07T10:00:00Z")); // Friday
        assertThat(workingDays.fromToday(5)).isEqualTo(at("2024-06-14T16:00:00Z"));
    }

    @Test
    void fromTodaySkipsEaster2024AndCrossesIntoBritishSummerTime() {
        ClockUtil.setCurrentTime(at("2024-03-28T10:00:00Z")); // Thursday before Good Friday, GMT
        assertThat(workingDays.fromToday(1)).isEqualTo(at("2024-04-02T16:00:00Z"));
    }

    @Test
    void fromTodayOnASaturdayJustAfterMidnightLondonTimeStartsFromMonday() {
        ClockUtil.setCurrentTime(at("2024-06-07T23:30:00Z"));
        assertThat(workingDays.fromToday(1)).isEqualTo(at("2024-06-10T16:00:00Z"));
    }

    @Test
    void monthsFromTodayRollsPastEasterToTheNextWorkingDay() {
        ClockUtil.setCurrentTime(at("2024-02-29T12:00:00Z"));
        assertThat(workingDays.monthsFromToday(1)).isEqualTo(at("2024-04-02T16:00:00Z"));
    }

    @Test
    void movingTheEngineClockMovesTheDeadline() {
        ClockUtil.setCurrentTime(at("2024-01-15T09:00:00Z"));
        Date first = workingDays.monthsFromToday(1);
        ClockUtil.setCurrentTime(at("2024-01-16T09:00:00Z"));
        assertThat(first).isEqualTo(at("2024-02-15T17:00:00Z"));
        assertThat(workingDays.monthsFromToday(1)).isEqualTo(at("2024-02-16T17:00:00Z"));
    }
}
