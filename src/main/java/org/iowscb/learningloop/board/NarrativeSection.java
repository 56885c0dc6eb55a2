package org.iowscb.learningloop.board;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of the annual report the Board writes itself, in the order the report shows them: the
 * figures say what happened, these say what it meant. {@link #id()} is the form's value and the CSV's.
 */
enum NarrativeSection {
    FOREWORD("foreword", "Chair's foreword"),
    WHAT_WE_LEARNT("what-we-learnt", "What we learnt"),
    IMPACT("impact", "The difference it made to children"),
    PRIORITIES("priorities", "Priorities for next year");

    private final String id;
    private final String label;

    NarrativeSection(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    static Optional<NarrativeSection> of(String id) {
        return Arrays.stream(values()).filter(section -> section.id.equals(id)).findFirst();
    }
}
