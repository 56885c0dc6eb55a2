package org.iowscb.learningloop.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The engine's clock stands at this instant (ISO-8601, e.g. {@code 2026-11-02T10:00:00Z}) at the
 * start of every test of the class, and goes back to real time after it ({@link ApplicationTest}).
 * A test may move it on from there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface FixedClock {

    /** Monday 2 November 2026, 10:00 in London (GMT): the first working day of a month, well before Christmas. */
    String MONDAY_2_NOVEMBER_2026 = "2026-11-02T10:00:00Z";

    String value();
}
