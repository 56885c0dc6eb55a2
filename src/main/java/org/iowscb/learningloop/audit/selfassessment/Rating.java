package org.iowscb.learningloop.audit.selfassessment;

import java.util.Optional;

import org.iowscb.learningloop.platform.process.FormOption;

/** How far an organisation meets a standard, as the self-assessment form's select submits it ({@code partially-met}). */
public enum Rating implements FormOption {
    MET("Met"),
    PARTIALLY_MET("Partially met"),
    NOT_MET("Not met");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A standard not fully met has a gap, and the gap becomes an action. */
    public boolean hasGap() {
        return this != MET;
    }

    public static Optional<Rating> ofValue(String value) {
        return FormOption.of(Rating.class, value);
    }
}
