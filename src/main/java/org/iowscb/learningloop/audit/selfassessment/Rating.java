package org.iowscb.learningloop.audit.selfassessment;

import java.util.Arrays;
import java.util.Optional;

/** How far an organisation meets a standard, as the self-assessment form's select submits it. */
public enum Rating {
    MET("met", "Met"),
    PARTIALLY_MET("partially-met", "Partially met"),
    NOT_MET("not-met", "Not met");

    private final String value;
    private final String label;

    Rating(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** What the form submits and the table stores. */
    public String value() {
        return value;
    }

    /** What a person reads. */
    public String label() {
        return label;
    }

    /** A standard not fully met has a gap, and the gap becomes an action. */
    public boolean hasGap() {
        return this != MET;
    }

    public static Optional<Rating> ofValue(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
    }
}
