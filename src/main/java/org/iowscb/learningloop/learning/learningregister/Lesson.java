package org.iowscb.learningloop.learning.learningregister;

import java.time.LocalDate;
import java.util.List;

/**
 * One lesson of the register: the review or audit it came from ({@code sourceType} is its process
 * key), the learning cycle that holds it, its themes, how it is disseminated, the actions that
 * embed it and whether it was learnt.
 */
record Lesson(String reference, String sourceReference, String sourceType, String cycleReference,
              String statement, List<Theme> themes, String state, LocalDate identifiedOn,
              String evaluationOutcome, String evaluationNotes, LocalDate evaluatedOn,
              List<Dissemination> disseminations, List<Action> actions) {
}
