package org.iowscb.learningloop.casereview.seriouscasereview;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The calendar of the review in the tests: initiated on Monday 2 March 2026. */
final class ScrDates {

    /** Monday 2 March 2026, 10:00 in London (GMT). */
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final String TODAY = "2026-03-02";

    private ScrDates() {
    }

    static void setClock(String isoInstant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(isoInstant)));
    }
}
