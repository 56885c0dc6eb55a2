package org.iowscb.learningloop.learning.learningregister;

import java.time.LocalDate;

/**
 * One action of an action plan: what, who owns it, who monitors it, when it is due, where it
 * stands, and how often its due date moved (the history is at {@code /actions/{reference}/due-changes}).
 */
record Action(String reference, String cycleReference, String lessonReference, String description,
              String ownerGroup, String monitoringGroup, LocalDate dueOn, String state, boolean overdue,
              int dueDateChanges, String evidence, LocalDate completedOn) {
}
