package org.iowscb.learningloop.learning;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.learning.LearningRegister.ActionState;
import org.iowscb.learningloop.learning.learningcycle.DisseminationMethod;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the learning register says to the Board: the improvement actions with where each stands,
 * the themes that keep coming back, the dissemination done against planned, and the training
 * follow-ups. Read by the board page and the annual report. Every query that lists an owner's
 * work takes the owner groups to keep to ({@code null}: everything), so an agency's view is cut
 * in the query, not by hiding rows afterwards.
 */
@Repository
public class LearningFigures {

    /** The follow-up of a training falls due six weeks after it, and is late after eight (DOMAIN.md). */
    public static final int FOLLOW_UP_FROM_WEEKS = 6;
    public static final int FOLLOW_UP_BY_WEEKS = 8;

    private static final List<String> AWAITING_EVIDENCE =
        List.of(ActionState.OPEN.name(), ActionState.OVERDUE.name(), ActionState.RETURNED.name());

    private final NamedParameterJdbcTemplate jdbc;

    LearningFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One improvement action, with the lesson and the case it comes from.
     *
     * @param escalated the owner let it run late and its monitoring group was asked to act
     * @param evidenceAwaited the owner has not yet given evidence it is done
     */
    public record ActionLine(String reference, String description, String ownerGroup, LocalDate dueOn, String state,
                             boolean overdue, boolean escalated, boolean evidenceAwaited, int dueDateChanges,
                             String lessonReference, String cycleReference, String sourceReference,
                             LocalDate completedOn, boolean hasEvidence) {
    }

    /** The actions by owner: open, overdue and done. */
    public record OwnerCount(String ownerGroup, int open, int overdue, int done) {
    }

    /** A theme, with how many lessons carry it and from how many cases. */
    public record ThemeCount(String code, String label, int lessons, int cases) {
        public boolean repeated() {
            return cases > 1;
        }
    }

    /** Dissemination of one method: planned and done. */
    public record DisseminationCount(String method, String label, int planned, int done) {
    }

    /** A training given, and its follow-up some six to eight weeks on. */
    public record FollowUp(String lessonReference, String method, String ownerGroup, LocalDate trainedOn,
                           LocalDate dueFrom, LocalDate dueBy, String result) {
        public boolean done() {
            return result != null;
        }
    }

    /**
     * The actions, overdue first then by due date, at most {@code limit}, of the owners given
     * ({@code null}: every owner).
     */
    public List<ActionLine> actions(Collection<String> owners, LocalDate today, int limit) {
        return actions(owners, today, limit, null);
    }

    /**
     * As {@link #actions(Collection, LocalDate, int)}, of the actions whose reference, lesson or source case
     * contains {@code reference} (null: all).
     */
    public List<ActionLine> actions(Collection<String> owners, LocalDate today, int limit, String reference) {
        MapSqlParameterSource params = params(owners, today);
        String matching = "";
        if (reference != null) {
            params.addValue("reference", "%" + reference.toUpperCase(java.util.Locale.ROOT) + "%");
            matching = (owners == null ? " where " : " and ") + "(upper(a.action_reference) like :reference "
                + "or upper(a.lesson_reference) like :reference or upper(l.source_reference) like :reference)";
        }
        String columns = "select a.action_reference, a.description, a.owner_group, a.due_on, a.state, a.lesson_reference, "
            + "a.cycle_reference, l.source_reference, a.completed_on, a.evidence ";
        String sql = reference == null ? columns + "from (" + firstOfEachGroup(owners, limit) + ") a "
                + "left join ll_lesson l on l.lesson_reference = a.lesson_reference "
                + "order by a.rank_group, a.due_on, a.action_reference" + firstRows(limit)
            : columns + "from ll_action a left join ll_lesson l on l.lesson_reference = a.lesson_reference "
                + where(owners, "a.owner_group") + matching
                + " order by case when a.state in (:awaiting) and a.due_on < :today then 0 when a.state <> :completed "
                + "then 1 else 2 end, a.due_on, a.action_reference" + firstRows(limit);
        List<ActionLine> lines = jdbc.query(sql, params, (row, i) -> {
            String state = row.getString("state");
            LocalDate due = row.getDate("due_on").toLocalDate();
            boolean awaiting = AWAITING_EVIDENCE.contains(state);
            Date completed = row.getDate("completed_on");
            return new ActionLine(row.getString("action_reference"), row.getString("description"),
                row.getString("owner_group"), due, state, awaiting && due.isBefore(today),
                ActionState.OVERDUE.name().equals(state), awaiting, 0,
                row.getString("lesson_reference"), row.getString("cycle_reference"),
                row.getString("source_reference"), completed == null ? null : completed.toLocalDate(),
                row.getString("evidence") != null);
        });
        return withDueDateChanges(lines);
    }

    /**
     * The first {@code limit} actions of each state (and, for those awaiting evidence, of each side of
     * today), by due date: the list's order is overdue first, then open, then done, so its first
     * {@code limit} are among these. Each part reads along the index on state and due date, so the list
     * costs what it shows, not a sort of the whole register.
     */
    private static String firstOfEachGroup(Collection<String> owners, int limit) {
        String owned = owners == null ? "" : " and a.owner_group in (:owners)";
        List<String> parts = new ArrayList<>();
        for (ActionState state : ActionState.values()) {
            String of = "a.state = '" + state.name() + "'" + owned;
            if (AWAITING_EVIDENCE.contains(state.name())) {
                parts.add(part(0, of + " and a.due_on < :today", limit));
                parts.add(part(1, of + " and a.due_on >= :today", limit));
            } else {
                parts.add(part(state == ActionState.COMPLETED ? 2 : 1, of, limit));
            }
        }
        return String.join(" union all ", parts);
    }

    private static String part(int rankGroup, String condition, int limit) {
        return "(select a.action_reference, a.description, a.owner_group, a.due_on, a.state, a.lesson_reference, "
            + "a.cycle_reference, a.completed_on, a.evidence, " + rankGroup + " as rank_group from ll_action a where " + condition
            + " order by a.due_on, a.action_reference" + firstRows(limit) + ")";
    }

    /** How often each listed action's due date moved, counted for the listed ones only. */
    private List<ActionLine> withDueDateChanges(List<ActionLine> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        java.util.Map<String, Integer> changes = new java.util.HashMap<>();
        jdbc.query("select action_reference, count(*) from ll_action_due_change where action_reference in (:references) "
                + "group by action_reference",
            new MapSqlParameterSource("references", lines.stream().map(ActionLine::reference).toList()),
            row -> {
                changes.put(row.getString(1), row.getInt(2));
            });
        return lines.stream().map(line -> new ActionLine(line.reference(), line.description(), line.ownerGroup(),
            line.dueOn(), line.state(), line.overdue(), line.escalated(), line.evidenceAwaited(),
            changes.getOrDefault(line.reference(), 0), line.lessonReference(), line.cycleReference(),
            line.sourceReference(), line.completedOn(), line.hasEvidence())).toList();
    }

    /** Open, overdue and done actions per owner, of the owners given ({@code null}: every owner). */
    public List<OwnerCount> actionsByOwner(Collection<String> owners, LocalDate today) {
        return jdbc.query("select a.owner_group, "
                + "sum(case when a.state <> :completed then 1 else 0 end) as open_count, "
                + "sum(case when a.state in (:awaiting) and a.due_on < :today then 1 else 0 end) as overdue_count, "
                + "sum(case when a.state = :completed then 1 else 0 end) as done_count "
                + "from ll_action a " + where(owners, "a.owner_group") + " group by a.owner_group order by a.owner_group",
            params(owners, today),
            (row, i) -> new OwnerCount(row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4)));
    }

    /** Every theme in use, the most frequent first. */
    public List<ThemeCount> themes() {
        // counted in two hashed steps (theme and case, then theme) rather than sorted for two distinct counts:
        // a lesson has a theme once, so its rows are its lessons
        return jdbc.query("select t.code, t.label, x.lessons, x.cases from ll_theme t join (select y.theme_code, "
                + "sum(y.lessons) as lessons, count(y.source_reference) as cases from (select lt.theme_code, "
                + "l.source_reference, count(*) as lessons from ll_lesson_theme lt join ll_lesson l on l.id = lt.lesson_id "
                + "group by lt.theme_code, l.source_reference) y group by y.theme_code) x on x.theme_code = t.code "
                + "order by x.lessons desc, t.label",
            (row, i) -> new ThemeCount(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)));
    }

    /** Lessons identified in a period, by theme: for the annual report. */
    public List<ThemeCount> themes(LocalDate from, LocalDate until) {
        return jdbc.query("select t.code, t.label, count(distinct l.id), count(distinct l.source_reference) "
                + "from ll_theme t join ll_lesson_theme lt on lt.theme_code = t.code "
                + "join ll_lesson l on l.id = lt.lesson_id where l.identified_on >= :from and l.identified_on < :until "
                + "group by t.code, t.label order by count(distinct l.id) desc, t.label",
            new MapSqlParameterSource("from", Date.valueOf(from)).addValue("until", Date.valueOf(until)),
            (row, i) -> new ThemeCount(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)));
    }

    /** Dissemination planned and done, per method. */
    public List<DisseminationCount> dissemination() {
        List<DisseminationCount> counts = new ArrayList<>();
        jdbc.getJdbcTemplate().query("select method, count(*), sum(case when state = 'DONE' then 1 else 0 end) "
                + "from ll_dissemination group by method order by method",
            row -> {
                counts.add(new DisseminationCount(row.getString(1), DisseminationMethod.of(row.getString(1))
                    .map(DisseminationMethod::label).orElse(row.getString(1)), row.getInt(2), row.getInt(3)));
            });
        return counts;
    }

    /** The trainings given, with their follow-up due date and result; the latest first, at most {@code limit}. */
    public List<FollowUp> trainingFollowUps(int limit) {
        List<String> training = java.util.Arrays.stream(DisseminationMethod.values()).filter(DisseminationMethod::training)
            .map(Enum::name).toList();
        return jdbc.query("select l.lesson_reference, d.method, d.owner_group, d.completed_on, d.follow_up "
                    + "from ll_dissemination d join ll_lesson l on l.id = d.lesson_id "
                    + "where d.method in (:training) and d.completed_on is not null "
                    + "order by case when d.follow_up is null then 0 else 1 end, d.completed_on desc" + firstRows(limit),
                new MapSqlParameterSource("training", training),
                (row, i) -> {
                    LocalDate trained = row.getDate(4).toLocalDate();
                    return new FollowUp(row.getString(1), DisseminationMethod.of(row.getString(2))
                        .map(DisseminationMethod::label).orElse(row.getString(2)), row.getString(3), trained,
                        trained.plusWeeks(FOLLOW_UP_FROM_WEEKS), trained.plusWeeks(FOLLOW_UP_BY_WEEKS), row.getString(5));
                });
    }

    /**
     * An improvement action in a reporting year: done in it, overdue at its end (or today, if sooner), or
     * still open, with the evidence its owner gave that practice changed.
     */
    public record YearAction(String reference, String ownerGroup, LocalDate dueOn, LocalDate completedOn,
                             boolean done, boolean overdue, String evidence, String lessonReference,
                             String sourceReference) {
    }

    /**
     * The actions due or completed from {@code from} to before {@code until}: the year's share of the
     * action plans. One is overdue when it was due before the year's end (or {@code today}, if sooner) and
     * not done by then.
     */
    public List<YearAction> actionsOfYear(LocalDate from, LocalDate until, LocalDate today) {
        LocalDate cutoff = today.isBefore(until) ? today : until;
        return jdbc.query("select a.action_reference, a.owner_group, a.due_on, a.completed_on, a.evidence, "
                + "a.lesson_reference, l.source_reference from ll_action a "
                + "left join ll_lesson l on l.lesson_reference = a.lesson_reference "
                + "where (a.due_on >= :from and a.due_on < :until) "
                + "or (a.completed_on >= :from and a.completed_on < :until) order by a.due_on, a.action_reference",
            period(from, until),
            (row, i) -> {
                LocalDate due = row.getDate(3).toLocalDate();
                Date completedOn = row.getDate(4);
                LocalDate completed = completedOn == null ? null : completedOn.toLocalDate();
                boolean done = completed != null && !completed.isBefore(from) && completed.isBefore(until);
                boolean overdue = due.isBefore(cutoff) && (completed == null || !completed.isBefore(cutoff));
                return new YearAction(row.getString(1), row.getString(2), due, completed, done, overdue,
                    row.getString(5), row.getString(6), row.getString(7));
            });
    }

    /**
     * Dissemination of the lessons identified from {@code from} to before {@code until}, per method: how
     * much was planned, and how much of it was done before {@code until}.
     */
    public List<DisseminationCount> disseminationOfYear(LocalDate from, LocalDate until) {
        return jdbc.query("select d.method, count(*), "
                + "sum(case when d.state = 'DONE' and d.completed_on < :until then 1 else 0 end) "
                + "from ll_dissemination d join ll_lesson l on l.id = d.lesson_id "
                + "where l.identified_on >= :from and l.identified_on < :until group by d.method order by d.method",
            period(from, until),
            (row, i) -> new DisseminationCount(row.getString(1), DisseminationMethod.of(row.getString(1))
                .map(DisseminationMethod::label).orElse(row.getString(1)), row.getInt(2), row.getInt(3)));
    }

    /** The trainings given from {@code from} to before {@code until}, with their follow-up; the earliest first. */
    public List<FollowUp> trainingFollowUpsOfYear(LocalDate from, LocalDate until) {
        List<String> training = java.util.Arrays.stream(DisseminationMethod.values()).filter(DisseminationMethod::training)
            .map(Enum::name).toList();
        return jdbc.query("select l.lesson_reference, d.method, d.owner_group, d.completed_on, d.follow_up "
                + "from ll_dissemination d join ll_lesson l on l.id = d.lesson_id "
                + "where d.method in (:training) and d.completed_on >= :from and d.completed_on < :until "
                + "order by d.completed_on, l.lesson_reference",
            period(from, until).addValue("training", training),
            (row, i) -> {
                LocalDate trained = row.getDate(4).toLocalDate();
                return new FollowUp(row.getString(1), DisseminationMethod.of(row.getString(2))
                    .map(DisseminationMethod::label).orElse(row.getString(2)), row.getString(3), trained,
                    trained.plusWeeks(FOLLOW_UP_FROM_WEEKS), trained.plusWeeks(FOLLOW_UP_BY_WEEKS), row.getString(5));
            });
    }

    /** How many lessons the register holds from each of these cases (a case with none is left out). */
    public Map<String, Integer> lessonsFrom(Collection<String> sourceReferences) {
        Map<String, Integer> counts = new HashMap<>();
        if (sourceReferences.isEmpty()) {
            return counts;
        }
        jdbc.query("select source_reference, count(*) from ll_lesson where source_reference in (:sources) "
                + "group by source_reference",
            new MapSqlParameterSource("sources", sourceReferences), row -> {
                counts.put(row.getString(1), row.getInt(2));
            });
        return counts;
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate until) {
        return new MapSqlParameterSource("from", Date.valueOf(from)).addValue("until", Date.valueOf(until));
    }

    /** The SQL standard row limit, which H2 and PostgreSQL both read. */
    static String firstRows(int limit) {
        return " fetch first " + Math.max(1, limit) + " rows only";
    }

    private static MapSqlParameterSource params(Collection<String> owners, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today))
            .addValue("awaiting", AWAITING_EVIDENCE).addValue("completed", ActionState.COMPLETED.name());
        if (owners != null) {
            params.addValue("owners", owners.isEmpty() ? List.of("") : owners);
        }
        return params;
    }

    private static String where(Collection<String> owners, String column) {
        return owners == null ? "" : " where " + column + " in (:owners)";
    }
}
