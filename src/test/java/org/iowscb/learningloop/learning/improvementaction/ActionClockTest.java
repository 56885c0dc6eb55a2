package org.iowscb.learningloop.learning.improvementaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.iowscb.learningloop.platform.deadline.DeadlineProperties;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class ActionClockTest {

    final WorkingDays workingDays = new WorkingDays(DeadlineProperties.defaults());

    @Test
    @DisplayName("the escalation starts at 17:00 on the due date and repeats at the configured interval")
    void escalationCycleFromTheDueDate() {
        ActionClock fortnightly = new ActionClock(workingDays, new ImprovementActionProperties(Period.ofWeeks(2)));

        // Friday 4 December 2026, GMT
        assertThat(fortnightly.escalationCycle(dueOn("2026-12-04"))).isEqualTo("R/2026-12-04T17:00:00Z/P14D");
        // Saturday 4 July 2026 (BST): overdue from the end of Monday 6 July
        assertThat(fortnightly.overdueFrom("2026-07-04")).isEqualTo(Instant.parse("2026-07-06T16:00:00Z"));
    }

    @Test
    @DisplayName("weekly by default; an interval that is not positive is refused at start-up")
    void intervalMustBePositive() {
        ActionClock weekly = new ActionClock(workingDays, new ImprovementActionProperties(Period.parse("P7D")));
        assertThat(weekly.escalationCycle(dueOn("2026-12-04"))).endsWith("/P7D");

        assertThatThrownBy(() -> new ImprovementActionProperties(Period.ZERO))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("must be a positive period");
        assertThatThrownBy(() -> new ImprovementActionProperties(null))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static DelegateExecution dueOn(String date) {
        DelegateExecution execution = Mockito.mock(DelegateExecution.class);
        Mockito.when(execution.getVariable(ImprovementAction.DUE_ON.name())).thenReturn(date);
        return execution;
    }
}
