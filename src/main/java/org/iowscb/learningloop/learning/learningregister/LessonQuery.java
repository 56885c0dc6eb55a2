package org.iowscb.learningloop.learning.learningregister;

import static org.iowscb.learningloop.learning.learningregister.ActionQuery.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the lessons of the register ({@code ll_lesson}) with their themes, disseminations and
 * actions, and the controlled list of themes.
 */
@Repository
class LessonQuery {

    /** Longest list of values in one {@code in (...)}: well inside every database's limit. */
    static final int CHUNK = 500;

    private static final String SELECT = "select l.id, l.lesson_reference, l.source_reference, l.source_type, "
        + "l.cycle_reference, l.statement, l.state, l.identified_on, l.evaluation_outcome, l.evaluation_notes, "
        + "l.evaluated_on from ll_lesson l ";
    private static final String ORDER = " order by l.identified_on, l.lesson_reference";

    private final NamedParameterJdbcTemplate jdbc;
    private final ActionQuery actions;

    LessonQuery(JdbcTemplate jdbc, ActionQuery actions) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.actions = actions;
    }

    List<Lesson> find(LessonFilter filter) {
        FilterClause where = new FilterClause(new MapSqlParameterSource())
            .and("exists (select 1 from ll_lesson_theme t where t.lesson_id = l.id and t.theme_code in (:themes))",
                "themes", filter.themes().isEmpty() ? null : filter.themes())
            .and("l.source_type = :sourceType", "sourceType", filter.sourceType())
            .and("l.state = :state", "state", filter.state(), Enum::name)
            .and("l.identified_on >= :from", "from", filter.from(), java.sql.Date::valueOf)
            .and("l.identified_on <= :to", "to", filter.to(), java.sql.Date::valueOf)
            .and("l.source_reference = :sourceReference", "sourceReference", filter.sourceReference());
        return complete(jdbc.query(SELECT + where + ORDER, where.parameters(), LessonQuery::row));
    }

    /** The lessons that came from this case or belong to one of these learning cycles. */
    List<Lesson> ofCase(String sourceReference, Collection<String> cycleReferences) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("source", sourceReference);
        String where = "where l.source_reference = :source";
        if (!cycleReferences.isEmpty()) {
            where += " or l.cycle_reference in (:cycles)";
            parameters.addValue("cycles", cycleReferences);
        }
        return complete(jdbc.query(SELECT + where + ORDER, parameters, LessonQuery::row));
    }

    /** The learning cycles this case is, or fed with lessons or actions. */
    Set<String> cyclesOf(String reference) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("reference", reference);
        Set<String> cycles = new LinkedHashSet<>(jdbc.queryForList("select distinct cycle_reference from ll_lesson "
            + "where source_reference = :reference or cycle_reference = :reference order by cycle_reference",
            parameters, String.class));
        cycles.addAll(jdbc.queryForList("select distinct cycle_reference from ll_action "
            + "where cycle_reference = :reference", parameters, String.class));
        return cycles;
    }

    /** Every theme code there is, withdrawn ones included (old lessons keep them). */
    Set<String> themeCodes() {
        return Set.copyOf(jdbc.getJdbcTemplate().queryForList("select code from ll_theme", String.class));
    }

    /** The label of a theme, withdrawn ones included; empty when there is no such code. */
    Optional<String> themeLabel(String code) {
        return jdbc.queryForList("select label from ll_theme where code = :code",
            new MapSqlParameterSource("code", code), String.class).stream().findFirst();
    }

    // ---- a lesson with its parts

    private record Row(long id, Lesson lesson) {
    }

    private static Row row(ResultSet row, int i) throws SQLException {
        return new Row(row.getLong(1), new Lesson(row.getString(2), row.getString(3), row.getString(4),
            row.getString(5), row.getString(6), List.of(), row.getString(7), date(row, 8), row.getString(9),
            row.getString(10), date(row, 11), List.of(), List.of()));
    }

    private List<Lesson> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Theme>> themes = byLesson(ids, "select lt.lesson_id, t.code, t.label from ll_lesson_theme lt "
            + "join ll_theme t on t.code = lt.theme_code where lt.lesson_id in (:ids) order by t.label",
            (row, i) -> new Theme(row.getString(2), row.getString(3)));
        Map<Long, List<Dissemination>> disseminations = byLesson(ids, "select lesson_id, method, owner_group, "
                + "reports_to, state, completed_on from ll_dissemination where lesson_id in (:ids) order by id",
            (row, i) -> new Dissemination(row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                date(row, 6)));
        Map<String, List<Action>> actionsByLesson = new HashMap<>();
        actions.ofLessons(rows.stream().map(r -> r.lesson().reference()).toList())
            .forEach(action -> actionsByLesson.computeIfAbsent(action.lessonReference(), k -> new ArrayList<>())
                .add(action));
        return rows.stream().map(r -> {
            Lesson l = r.lesson();
            return new Lesson(l.reference(), l.sourceReference(), l.sourceType(), l.cycleReference(), l.statement(),
                themes.getOrDefault(r.id(), List.of()), l.state(), l.identifiedOn(), l.evaluationOutcome(),
                l.evaluationNotes(), l.evaluatedOn(), disseminations.getOrDefault(r.id(), List.of()),
                actionsByLesson.getOrDefault(l.reference(), List.of()));
        }).toList();
    }

    /** Rows whose first column is the lesson id, grouped by it; the mapper reads the rest. */
    private <T> Map<Long, List<T>> byLesson(List<Long> ids, String sql, RowMapper<T> mapper) {
        Map<Long, List<T>> grouped = new HashMap<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            jdbc.query(sql, new MapSqlParameterSource("ids", chunk), row -> {
                grouped.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(mapper.mapRow(row, 0));
            });
        }
        return grouped;
    }
}
