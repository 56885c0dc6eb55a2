package org.iowscb.learningloop.learning.learningregister;

import java.time.LocalDate;

/** One slip of an action's due date, with its reason. */
record DueChange(LocalDate oldDueOn, LocalDate newDueOn, String reason, LocalDate changedOn) {
}
