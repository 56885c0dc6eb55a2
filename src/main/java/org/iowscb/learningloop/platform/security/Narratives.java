package org.iowscb.learningloop.platform.security;

import java.util.Set;

import org.iowscb.learningloop.platform.process.FormFields;

/**
 * The variables that are narratives: every field a Camunda Form shows as a multi-line text area (a summary,
 * a reason, findings, a report). They may be up to {@value #MAX_NARRATIVE} characters; every other text
 * variable up to {@value #MAX_TEXT}. Read from the deployed forms ({@link FormFields}), so a new text area is a
 * narrative without a second list to keep.
 */
final class Narratives {

    static final int MAX_NARRATIVE = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;
    static final int MAX_TEXT = 4_000;

    private final Set<String> names;

    Narratives(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static Narratives fromForms() {
        return new Narratives(FormFields.deployed().keysOfType("textarea"));
    }

    boolean isNarrative(String variable) {
        return names.contains(variable);
    }

    int limitOf(String variable) {
        return isNarrative(variable) ? MAX_NARRATIVE : MAX_TEXT;
    }

    Set<String> names() {
        return names;
    }
}
