package org.iowscb.learningloop.audit.caseaudit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grading of the standard audit tool, the four judgements inspectors use: the value a form
 * submits and the label a person reads.
 */
public enum AuditGrading {
    OUTSTANDING("outstanding", "Outstanding"),
    GOOD("good", "Good"),
    REQUIRES_IMPROVEMENT("requires-improvement", "Requires improvement"),
    INADEQUATE("inadequate", "Inadequate");

    private final String value;
    private final String label;

    AuditGrading(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static Optional<AuditGrading> of(String value) {
        return Arrays.stream(values()).filter(g -> g.value.equals(value)).findFirst();
    }

    /** The values, for a message: {@code outstanding, good, requires-improvement or inadequate}. */
    static String choices() {
        String[] all = Arrays.stream(values()).map(AuditGrading::value).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(all, all.length - 1)) + " or " + all[all.length - 1];
    }
}
