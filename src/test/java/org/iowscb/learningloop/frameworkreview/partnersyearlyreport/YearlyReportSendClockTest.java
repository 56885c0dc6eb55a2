package org.iowscb.learningloop.frameworkreview.partnersyearlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.iowscb.learningloop.platform.deadline.StatutoryClock;
import org.iowscb.learningloop.platform.edition.Wt2023Clocks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YearlyReportSendClockTest {

    private final YearlyReportSendClock clock = new YearlyReportSendClock(new Wt2023Clocks(5, 5, 5, 15, 6, 7, 7));

    @Test
    @DisplayName("the clock runs from the publication to the day the report must be sent; not before publication")
    void runsFromThePublication() {
        assertThat(clock.name()).isEqualTo("Sent to the Panel and the What Works Centre within 7 days of publication");
        assertThat(clock.dates(Map.<String, String>of()::get, LocalDate.of(2150, 4, 1), null)).isEmpty();
        assertThat(clock.dates(Map.of(PartnersYearlyReport.PUBLISHED_ON.name(), "2150-05-10",
                PartnersYearlyReport.SEND_BY.name(), "2150-05-17")::get, LocalDate.of(2150, 4, 1), null))
            .contains(new StatutoryClock.Dates(LocalDate.of(2150, 5, 10), LocalDate.of(2150, 5, 17), 0));
    }
}
