package org.iowscb.learningloop.platform.process;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a person must correct. A form validation failure to the engine, so Camunda's REST API
 * answers 400 with this message on a start or a task completion, and Tasklist shows it.
 */
public class RejectedInputException extends FormFieldValidationException {

    private final List<String> problems;

    public RejectedInputException(List<String> problems) {
        super(List.copyOf(problems), "Please correct: " + String.join("; ", problems) + ".");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
