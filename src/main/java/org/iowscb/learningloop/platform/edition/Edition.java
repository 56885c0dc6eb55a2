package org.iowscb.learningloop.platform.edition;

import java.util.Arrays;
import java.util.Optional;

/**
 * The edition of Working Together to Safeguard Children a case follows: {@code wt2013} (the
 * framework's own, with the Board, serious case reviews and the SCR Sub Group) or {@code wt2023}
 * (safeguarding partners, serious incident notifications, rapid reviews and local child
 * safeguarding practice reviews). Written in configuration and in the variable {@code edition} as
 * its {@link #id()}.
 */
public enum Edition {
    WT2013("wt2013", "Working Together 2013"),
    WT2023("wt2023", "Working Together 2023");

    private final String id;
    private final String title;

    Edition(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** As configuration and the variable {@code edition} write it: {@code wt2013}, {@code wt2023}. */
    public String id() {
        return id;
    }

    /** The guidance in words ("Working Together 2023"). */
    public String title() {
        return title;
    }

    public static Optional<Edition> of(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equalsIgnoreCase(id) || e.name().equalsIgnoreCase(id))
            .findFirst();
    }
}
