package org.iowscb.learningloop.audit.selfassessment;

import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * One standard of a self-assessment and the three form fields it is answered in:
 * {@code <key>Rating} (met, partially-met, not-met), {@code <key>Evidence} and {@code <key>Gap}
 * (required when the standard is not fully met).
 *
 * @param key   stable id, stored with each answer and the stem of its variables
 * @param title what the form and the action plan call it
 */
public record Standard(String key, String title) {

    public ProcessVariable<String> rating() {
        return stringVariable(key + "Rating");
    }

    public ProcessVariable<String> evidence() {
        return stringVariable(key + "Evidence");
    }

    public ProcessVariable<String> gap() {
        return stringVariable(key + "Gap");
    }
}
