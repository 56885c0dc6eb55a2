package org.iowscb.learningloop.audit.quarterlylearningreport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the audits handed to the learning loop (table {@code ll_learning_handover}), read for the report. */
@Repository
class AuditHandovers {

    /** One audit's handover. */
    record Outcome(String sourceReference, String sourceType, Instant handedOverAt, String findings) {
    }

    private final JdbcTemplate jdbc;

    AuditHandovers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Handovers of these source types (at least one) at or after {@code from} and up to {@code until}, oldest first. */
    List<Outcome> between(Instant from, Instant until, List<String> sourceTypes) {
        String placeholders = String.join(", ", Collections.nCopies(sourceTypes.size(), "?"));
        Object[] arguments = Stream.concat(Stream.of(Timestamp.from(from), Timestamp.from(until)), sourceTypes.stream())
            .toArray();
        return jdbc.query("select source_reference, source_type, handed_over_at, findings from ll_learning_handover "
                + "where handed_over_at >= ? and handed_over_at <= ? and source_type in (" + placeholders + ") "
                + "order by handed_over_at, source_reference",
            (row, i) -> new Outcome(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                row.getString(4)), arguments);
    }
}
