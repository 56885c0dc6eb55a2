package org.iowscb.learningloop.platform.casereference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

class TaskHeaderTest {

    @Test
    void dueDatesReadAsPeopleWriteThemInLondon() {
        assertThat(TaskHeader.dueOf(Date.from(Instant.parse("2026-09-03T16:00:00Z")))).isEqualTo("3 Sep 2026");
        assertThat(TaskHeader.dueOf(Date.from(Instant.parse("2026-06-30T23:30:00Z")))).as("after midnight in summer time")
            .isEqualTo("1 Jul 2026");
        assertThat(TaskHeader.dueOf(Date.from(Instant.parse("2026-12-03T17:00:00Z")))).isEqualTo("3 Dec 2026");
        assertThat(TaskHeader.dueOf(null)).isEqualTo(TaskHeader.NO_DUE_DATE);
    }
}
