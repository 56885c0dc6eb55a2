package org.iowscb.learningloop.platform.deadline;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for working-day deadlines, bound from {@code learningloop.deadline.*}.
 *
 * @param zone             time zone the working day is reckoned in (default {@code Europe/London}, so BST/GMT is respected)
 * @param endOfWorkingDay  local time at which a deadline falls on its day (default {@code 17:00})
 */
@ConfigurationProperties(prefix = "learningloop.deadline")
public record DeadlineProperties(
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue("17:00") LocalTime endOfWorkingDay) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");
    public static final LocalTime DEFAULT_END_OF_WORKING_DAY = LocalTime.of(17, 0);

    public DeadlineProperties {
        zone = zone != null ? zone : DEFAULT_ZONE;
        endOfWorkingDay = endOfWorkingDay != null ? endOfWorkingDay : DEFAULT_END_OF_WORKING_DAY;
    }

    /** Europe/London, 17:00 — for use outside Spring, e.g. in unit tests. */
    public static DeadlineProperties defaults() {
        return new DeadlineProperties(DEFAULT_ZONE, DEFAULT_END_OF_WORKING_DAY);
    }
}
