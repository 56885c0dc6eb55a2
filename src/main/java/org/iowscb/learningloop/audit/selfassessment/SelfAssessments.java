package org.iowscb.learningloop.audit.selfassessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every completed self-assessment (table {@code ll_self_assessment}), so that the next cycle of
 * an agency or a school starts from its previous answers. Written in the engine's transaction:
 * the completion of a task and its answers are saved together or not at all.
 */
@Repository
public class SelfAssessments {

    /** One organisation's answers in one cycle, completed at the time of its last submission. */
    public record Assessment(String auditType, String organisation, String cycleReference, Instant completedAt,
                             List<Answer> answers) {

        public Optional<Answer> answer(String standard) {
            return answers.stream().filter(a -> a.standard().equals(standard)).findFirst();
        }
    }

    private static final String COLUMNS =
        "audit_type, organisation, cycle_reference, standard, rating, evidence, gap, completed_at";

    private final JdbcTemplate jdbc;

    SelfAssessments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves an organisation's answers for the cycle, replacing what it submitted before in the same cycle. */
    void replace(String auditType, String organisation, String cycleReference, List<Answer> answers) {
        jdbc.update("delete from ll_self_assessment where audit_type = ? and organisation = ? and cycle_reference = ?",
            auditType, organisation, cycleReference);
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        for (Answer answer : answers) {
            jdbc.update("insert into ll_self_assessment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                auditType, organisation, cycleReference, answer.standard(), answer.rating().value(),
                answer.evidence(), answer.gap(), now);
        }
    }

    public Optional<Assessment> find(String auditType, String organisation, String cycleReference) {
        return group(jdbc.query("select " + COLUMNS + " from ll_self_assessment "
                + "where audit_type = ? and organisation = ? and cycle_reference = ? order by id",
            SelfAssessments::row, auditType, organisation, cycleReference)).stream().findFirst();
    }

    /** The organisation's most recently completed self-assessment of any other cycle. */
    public Optional<Assessment> latestBefore(String auditType, String organisation, String cycleReference) {
        return jdbc.query("select cycle_reference from ll_self_assessment "
                + "where audit_type = ? and organisation = ? and cycle_reference <> ? "
                + "order by completed_at desc, id desc fetch first 1 rows only",
                (row, i) -> row.getString(1), auditType, organisation, cycleReference)
            .stream().findFirst()
            .flatMap(previous -> find(auditType, organisation, previous));
    }

    /** Every organisation's self-assessment in a cycle, in the order they were first submitted. */
    public List<Assessment> ofCycle(String auditType, String cycleReference) {
        return group(jdbc.query("select " + COLUMNS + " from ll_self_assessment "
                + "where audit_type = ? and cycle_reference = ? order by id",
            SelfAssessments::row, auditType, cycleReference));
    }

    private record Row(String auditType, String organisation, String cycleReference, Answer answer,
                       Instant completedAt) {
    }

    private static Row row(ResultSet row, int i) throws SQLException {
        return new Row(row.getString(1), row.getString(2), row.getString(3),
            new Answer(row.getString(4), Rating.ofValue(row.getString(5)).orElseThrow(), row.getString(6),
                row.getString(7)),
            row.getTimestamp(8).toInstant());
    }

    private static List<Assessment> group(List<Row> rows) {
        Map<String, List<Row>> byOrganisation = new LinkedHashMap<>();
        rows.forEach(r -> byOrganisation.computeIfAbsent(r.organisation() + '\n' + r.cycleReference(),
            k -> new ArrayList<>()).add(r));
        return byOrganisation.values().stream().map(group -> {
            Row first = group.get(0);
            return new Assessment(first.auditType(), first.organisation(), first.cycleReference(), first.completedAt(),
                group.stream().map(Row::answer).toList());
        }).toList();
    }
}
