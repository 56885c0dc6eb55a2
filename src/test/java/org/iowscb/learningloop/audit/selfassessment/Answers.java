package org.iowscb.learningloop.audit.selfassessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** A self-assessment as an organisation submits it: every standard rated, with evidence, some with a gap. */
public final class Answers {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private Answers() {
    }

    /** Every standard met, with this evidence. */
    public static Answers allMet(List<Standard> standards, String evidence) {
        Answers answers = new Answers();
        for (Standard standard : standards) {
            answers.values.put(standard.rating().name(), Rating.MET.value());
            answers.values.put(standard.evidence().name(), evidence + " (" + standard.key() + ")");
        }
        return answers;
    }

    /** The standard is not fully met: this rating and this gap. */
    public Answers gap(Standard standard, Rating rating, String gap) {
        values.put(standard.rating().name(), rating.value());
        values.put(standard.gap().name(), gap);
        return this;
    }

    /** Any variable, as a form or a REST caller might send it. */
    public Answers with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public Answers without(String name) {
        values.remove(name);
        return this;
    }

    public VariableMap variables() {
        return Variables.fromMap(values);
    }

    public Map<String, Object> asMap() {
        return new LinkedHashMap<>(values);
    }
}
