package org.iowscb.learningloop.learning.improvementaction;

import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_ON;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The clock of an action, for its model: the escalation timer is a cycle that first fires when the
 * due date passes (the end of its working day) and then at every escalation interval, e.g.
 * {@code R/2027-01-15T17:00:00Z/P7D}. Evaluated each time the owner's evidence is awaited, so an
 * agreed new date restarts it.
 */
@Component("actionClock")
public class ActionClock {

    private final WorkingDays workingDays;
    private final ImprovementActionProperties properties;

    ActionClock(WorkingDays workingDays, ImprovementActionProperties properties) {
        this.workingDays = workingDays;
        this.properties = properties;
    }

    /** The moment the action is overdue: the end of the working day it is due (or the next working day). */
    public Date overdueFrom(String dueOn) {
        return workingDays.after(dueOn, 0);
    }

    /** The ISO 8601 repeating interval of the escalation timer, from the execution's {@code dueOn}. */
    public String escalationCycle(DelegateExecution execution) {
        return "R/" + overdueFrom(DUE_ON.requiredFrom(execution)).toInstant() + "/" + properties.escalationInterval();
    }
}
