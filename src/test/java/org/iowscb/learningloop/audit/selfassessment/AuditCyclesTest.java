package org.iowscb.learningloop.audit.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditCyclesTest {

    @Test
    @DisplayName("by default section 11 every 2 years from 1 April 2015, section 175/157 every year from 1 October 2015, at 09:00 in London")
    void defaults() {
        AuditCycles cycles = new AuditCycles(new AuditCycleProperties(Period.ofYears(2), LocalDate.of(2015, 4, 1),
            Period.ofYears(1), LocalDate.of(2015, 10, 1)));

        assertThat(cycles.section11()).isEqualTo("R/2015-04-01T08:00:00Z/P2Y");
        assertThat(cycles.section175()).isEqualTo("R/2015-10-01T08:00:00Z/P1Y");
    }

    @Test
    @DisplayName("a board that assesses yearly, or every 18 months from January, says so in the properties")
    void configured() {
        AuditCycles cycles = new AuditCycles(new AuditCycleProperties(Period.ofYears(1), LocalDate.of(2026, 1, 5),
            Period.ofMonths(18), LocalDate.of(2026, 1, 5)));

        assertThat(cycles.section11()).isEqualTo("R/2026-01-05T09:00:00Z/P1Y");
        assertThat(cycles.section175()).isEqualTo("R/2026-01-05T09:00:00Z/P18M");
    }

    @Test
    @DisplayName("a cycle of nothing is a configuration mistake, refused at once")
    void zeroPeriodIsRefused() {
        AuditCycles cycles = new AuditCycles(new AuditCycleProperties(Period.ZERO, LocalDate.of(2015, 4, 1),
            Period.ofYears(1), LocalDate.of(2015, 10, 1)));

        assertThatThrownBy(cycles::section11).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("an audit cycle must be a positive period, not P0D");
    }
}
