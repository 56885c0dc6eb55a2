package org.iowscb.learningloop.learning.learningregister;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.LearningRegister.ActionState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the actions of the register ({@code ll_action}) and every slip of their due dates. */
@Repository
class ActionQuery {

    private static final String SELECT = "select a.action_reference, a.cycle_reference, a.lesson_reference, "
        + "a.description, a.owner_group, a.monitoring_group, a.due_on, a.state, a.evidence, a.completed_on, "
        + "(select count(*) from ll_action_due_change c where c.action_reference = a.action_reference) "
        + "from ll_action a ";
    private static final String ORDER = " order by a.due_on, a.action_reference";
    private static final String COMPLETED = ActionState.COMPLETED.name();

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDays workingDays;

    ActionQuery(JdbcTemplate jdbc, WorkingDays workingDays) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.workingDays = workingDays;
    }

    List<Action> find(ActionFilter filter) {
        LocalDate today = workingDays.today();
        FilterClause where = new FilterClause(new MapSqlParameterSource("today", Date.valueOf(today))
            .addValue("completed", COMPLETED))
            .and("a.state = :state", "state", filter.state(), ActionState::name)
            .and("a.owner_group = :owner", "owner", filter.ownerGroup());
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.and("a.due_on < :today and a.state <> :completed");
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.and("(a.due_on >= :today or a.state = :completed)");
        }
        return jdbc.query(SELECT + where + ORDER, where.parameters(), (row, i) -> action(row, today));
    }

    /** The actions that name one of these lessons. */
    List<Action> ofLessons(Collection<String> lessonReferences) {
        return inChunks("a.lesson_reference", lessonReferences);
    }

    /** Every action of these learning cycles' plans. */
    List<Action> ofCycles(Collection<String> cycleReferences) {
        return inChunks("a.cycle_reference", cycleReferences);
    }

    /** The slips of one action's due date, oldest first; empty when there is no such action. */
    Optional<List<DueChange>> dueChanges(String actionReference) {
        MapSqlParameterSource reference = new MapSqlParameterSource("reference", actionReference);
        Integer actions = jdbc.queryForObject("select count(*) from ll_action where action_reference = :reference",
            reference, Integer.class);
        if (actions == null || actions == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("select old_due_on, new_due_on, reason, changed_on from ll_action_due_change "
                + "where action_reference = :reference order by changed_on, id", reference,
            (row, i) -> new DueChange(date(row, 1), date(row, 2), row.getString(3), date(row, 4))));
    }

    private List<Action> inChunks(String column, Collection<String> values) {
        LocalDate today = workingDays.today();
        List<String> all = List.copyOf(values);
        List<Action> actions = new ArrayList<>();
        for (int start = 0; start < all.size(); start += LessonQuery.CHUNK) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + LessonQuery.CHUNK));
            actions.addAll(jdbc.query(SELECT + "where " + column + " in (:values)" + ORDER,
                new MapSqlParameterSource("values", chunk), (row, i) -> action(row, today)));
        }
        actions.sort(java.util.Comparator.comparing(Action::dueOn).thenComparing(Action::reference));
        return actions;
    }

    private static Action action(ResultSet row, LocalDate today) throws SQLException {
        LocalDate due = date(row, 7);
        String state = row.getString(8);
        return new Action(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
            row.getString(6), due, state, due.isBefore(today) && !COMPLETED.equals(state), row.getInt(11),
            row.getString(9), date(row, 10));
    }

    static LocalDate date(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
