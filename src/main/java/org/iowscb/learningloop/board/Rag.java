package org.iowscb.learningloop.board;

/**
 * Where a case stands against its clock: red when late, amber when no more than a fifth of the
 * clock is left, green on track; grey when it waits on nothing with a due date.
 */
enum Rag {
    RED("Late", "govuk-tag--red"),
    AMBER("Due soon", "govuk-tag--yellow"),
    GREEN("On track", "govuk-tag--green"),
    NONE("No clock", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    Rag(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    /**
     * The status of a clock from {@code start} to {@code due}, with {@code left} working days left
     * of {@code length}.
     */
    static Rag of(int left, int length, boolean pastDue) {
        if (pastDue) {
            return RED;
        }
        return left * 5 <= length ? AMBER : GREEN;
    }
}
