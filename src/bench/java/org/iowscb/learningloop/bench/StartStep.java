package org.iowscb.learningloop.bench;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How an instance starts: by correlating a start message, or by process definition key. {@code user} is the
 * demo user who starts it (Java API: {@code identityService.setAuthentication}; REST: HTTP Basic), so the
 * engine's authorizations apply as they would to that person. The variables are made afresh for each instance.
 */
public record StartStep(Kind kind, String target, String user, Supplier<? extends Map<String, Object>> variables) {

    public enum Kind {
        /** {@code target} is a message name: Java {@code createMessageCorrelation(..).correlateWithResult()}, REST {@code POST /message}. */
        MESSAGE,
        /** {@code target} is a process definition key: Java {@code startProcessInstanceByKey}, REST {@code POST /process-definition/key/{key}/start}. */
        PROCESS_DEFINITION_KEY
    }

    public StartStep {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(target);
        Objects.requireNonNull(user);
        Objects.requireNonNull(variables);
    }

    public static StartStep message(String messageName, String user, Supplier<? extends Map<String, Object>> variables) {
        return new StartStep(Kind.MESSAGE, messageName, user, variables);
    }

    public static StartStep processDefinitionKey(String key, String user,
                                                 Supplier<? extends Map<String, Object>> variables) {
        return new StartStep(Kind.PROCESS_DEFINITION_KEY, key, user, variables);
    }
}
