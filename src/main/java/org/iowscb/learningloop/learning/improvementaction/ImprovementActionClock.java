package org.iowscb.learningloop.learning.improvementaction;

import java.util.Set;

import org.iowscb.learningloop.platform.deadline.DueDateClock;
import org.springframework.stereotype.Component;

/** An action runs to its due date; each agreed new date is kept in the register as slippage. */
@Component
class ImprovementActionClock extends DueDateClock {

    ImprovementActionClock() {
        super(Set.of(ImprovementAction.KEY), "Action done by its due date", "the due date of the action plan",
            ImprovementAction.DUE_ON, null);
    }
}
