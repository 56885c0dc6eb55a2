package org.iowscb.learningloop.platform.casereference;

import org.camunda.bpm.engine.ProcessEngineException;

/** A start whose business key another case already carries: 409, and no case is started. */
public class DuplicateCaseReferenceException extends ProcessEngineException {

    /** How the message begins and what it says: the webapps' API only passes the text on. */
    public static final String START = "The case reference ";
    public static final String MARK = " is already used by another case.";

    public DuplicateCaseReferenceException(String message) {
        super(message);
    }
}
