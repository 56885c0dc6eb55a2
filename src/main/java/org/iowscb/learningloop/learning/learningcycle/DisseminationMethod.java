package org.iowscb.learningloop.learning.learningcycle;

import java.util.Arrays;
import java.util.Optional;

import org.iowscb.learningloop.platform.identity.Groups;

/**
 * How a lesson is disseminated, from the framework's "Embedding learning" table: who does it
 * and to whom it reports. A single-agency method is owned by the agency the Sub Group names.
 */
public enum DisseminationMethod {
    MULTI_AGENCY_TRAINING("Multi-agency training programme", Groups.WORKFORCE_DEVELOPMENT, Groups.WORKFORCE_DEVELOPMENT, true),
    LEARNING_LESSONS_WORKSHOP("Learning lessons workshop", Groups.WORKFORCE_DEVELOPMENT, Groups.WORKFORCE_DEVELOPMENT, true),
    BRIEFING("Board briefings and communication", Groups.BUSINESS_UNIT, Groups.BOARD, false),
    SCR_PUBLICATION("Publication of the serious case review final report", Groups.BOARD, Groups.BOARD, false),
    SINGLE_AGENCY_TRAINING("Single agency training", null, Groups.WORKFORCE_DEVELOPMENT, true),
    SINGLE_AGENCY_BRIEFING("Single agency briefings and communication", null, Groups.BOARD, false);

    private final String label;
    private final String owner;
    private final String reportsTo;
    private final boolean training;

    DisseminationMethod(String label, String owner, String reportsTo, boolean training) {
        this.label = label;
        this.owner = owner;
        this.reportsTo = reportsTo;
        this.training = training;
    }

    String label() {
        return label;
    }

    /** The owner group; for a single-agency method, the agency named. */
    String ownerGroup(String agency) {
        return owner != null ? owner : agency;
    }

    boolean singleAgency() {
        return owner == null;
    }

    String reportsTo() {
        return reportsTo;
    }

    boolean training() {
        return training;
    }

    static Optional<DisseminationMethod> of(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
