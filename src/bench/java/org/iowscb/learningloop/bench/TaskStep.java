package org.iowscb.learningloop.bench;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who completes a user task (a demo user of the task's candidate group) and with which variables, made
 * afresh for each completion (a date relative to today stays valid however long the run).
 */
public record TaskStep(String user, Supplier<? extends Map<String, Object>> variables) {

    public TaskStep {
        Objects.requireNonNull(user);
        Objects.requireNonNull(variables);
    }

    public static TaskStep completeAs(String user, Supplier<? extends Map<String, Object>> variables) {
        return new TaskStep(user, variables);
    }
}
