package org.iowscb.learningloop.audit.caseaudit;

import java.util.Optional;

import org.iowscb.learningloop.platform.process.FormOption;

/**
 * The grading of the standard audit tool, the four judgements inspectors use: the value a form
 * submits ({@code requires-improvement}) and the label a person reads.
 */
public enum AuditGrading implements FormOption {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    AuditGrading(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<AuditGrading> of(String value) {
        return FormOption.of(AuditGrading.class, value);
    }

    /** The values, for a message: {@code outstanding, good, requires-improvement or inadequate}. */
    static String choices() {
        return FormOption.choices(AuditGrading.class);
    }
}
