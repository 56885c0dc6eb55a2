package org.iowscb.learningloop.platform.engine;

import org.camunda.bpm.engine.AuthorizationException;

/** A claim, assignment, delegation or new candidate that the handover rules refuse: 403 with the reason. */
public class TaskHandoverRefusedException extends AuthorizationException {

    public TaskHandoverRefusedException(String message) {
        super(message);
    }
}
