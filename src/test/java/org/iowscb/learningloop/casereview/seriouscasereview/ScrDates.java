package org.iowscb.learningloop.casereview.seriouscasereview;

/** The calendar of the review in the tests: initiated on Monday 2 March 2026. */
final class ScrDates {

    /** Monday 2 March 2026, 10:00 in London (GMT): the tests' clock ({@code @FixedClock}). */
    static final String NOW = "2026-03-02T10:00:00Z";
    static final String TODAY = "2026-03-02";

    private ScrDates() {
    }
}
