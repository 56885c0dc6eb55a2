package org.iowscb.learningloop.learning;

import java.sql.Timestamp;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of every review's and audit's handover to the learning loop. */
@Repository
public class LearningHandovers {

    /** One handover: where the findings came from and the learning cycle they went to, if any yet. */
    public record Handover(String sourceReference, String sourceType, String findings,
                           Timestamp handedOverAt, String learningCycleReference) {
    }

    private final JdbcTemplate jdbc;

    LearningHandovers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String sourceReference) {
        return find(sourceReference).isPresent();
    }

    void record(String sourceReference, String sourceType, String findings, String learningCycleReference) {
        jdbc.update("insert into ll_learning_handover (source_reference, source_type, findings, handed_over_at, "
                + "learning_cycle_reference) values (?, ?, ?, ?, ?)",
            sourceReference, sourceType, findings, new Timestamp(ClockUtil.getCurrentTime().getTime()),
            learningCycleReference);
    }

    public Optional<Handover> find(String sourceReference) {
        return jdbc.query("select source_reference, source_type, findings, handed_over_at, learning_cycle_reference "
                + "from ll_learning_handover where source_reference = ?",
            (row, i) -> new Handover(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4),
                row.getString(5)), sourceReference).stream().findFirst();
    }
}
