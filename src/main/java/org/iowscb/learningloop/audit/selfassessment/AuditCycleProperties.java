package org.iowscb.learningloop.audit.selfassessment;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the self-assessment audits start a new cycle by themselves ({@code learningloop.audits.*}).
 * Each cycle repeats from a fixed first day, so a new version of a model, which restarts its
 * timer, keeps the same dates.
 *
 * @param section11Cycle  how often a section 11 cycle starts (ISO-8601 period, default {@code P2Y})
 * @param section11From   the day, at 09:00 in London, the section 11 cycles are counted from
 * @param section175Cycle how often a section 175/157 cycle starts (default {@code P1Y})
 * @param section175From  the day the section 175/157 cycles are counted from
 */
@ConfigurationProperties(prefix = "learningloop.audits")
public record AuditCycleProperties(
    @DefaultValue("P2Y") Period section11Cycle,
    @DefaultValue("2015-04-01") LocalDate section11From,
    @DefaultValue("P1Y") Period section175Cycle,
    @DefaultValue("2015-10-01") LocalDate section175From) {
}
