package org.iowscb.learningloop.learning;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.iowscb.learningloop.platform.process.Choice;

/**
 * Writes the learning register (tables {@code ll_lesson}, {@code ll_lesson_theme},
 * {@code ll_dissemination}, {@code ll_action}, {@code ll_action_due_change}). Called from process
 * steps, inside the engine's transaction: a step that rolls back leaves no register entry.
 */
@Repository
public class LearningRegister {

    /** Where a lesson stands. */
    public enum LessonState { IDENTIFIED, EMBEDDING, EVALUATING, LEARNT, NOT_YET_LEARNT, NEW_ISSUES }

    /** Where an action stands. */
    public enum ActionState { OPEN, OVERDUE, EVIDENCE_GIVEN, RETURNED, COMPLETED }

    private final JdbcTemplate jdbc;

    LearningRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- themes

    /** The controlled list of themes the board uses: code to label, active ones, sorted by label. */
    public Map<String, String> themes() {
        Map<String, String> themes = new java.util.LinkedHashMap<>();
        jdbc.query("select code, label from ll_theme where active = true order by label",
            row -> { themes.put(row.getString(1), row.getString(2)); });
        return themes;
    }

    /** Adds a theme to the controlled list (the board extends it). */
    public void addTheme(String code, String label) {
        jdbc.update("insert into ll_theme (code, label, active) values (?, ?, true)", code, label);
    }

    // ---- lessons

    /** Records a lesson with its themes; returns its id. */
    public long recordLesson(String lessonReference, String cycleReference, String sourceReference, String sourceType,
                             String statement, List<String> themes, LocalDate identifiedOn) {
        jdbc.update("insert into ll_lesson (lesson_reference, cycle_reference, source_reference, source_type, statement, "
                + "identified_on, state) values (?, ?, ?, ?, ?, ?, ?)",
            lessonReference, cycleReference, sourceReference, sourceType, statement, Date.valueOf(identifiedOn),
            LessonState.IDENTIFIED.name());
        long id = lessonId(lessonReference);
        themes.forEach(theme -> jdbc.update("insert into ll_lesson_theme (lesson_id, theme_code) values (?, ?)", id, theme));
        return id;
    }

    /** Whether the register holds a lesson with this reference. */
    public boolean hasLesson(String lessonReference) {
        return lessonReference != null && jdbc.queryForObject("select count(*) from ll_lesson where lesson_reference = ?",
            Integer.class, lessonReference) > 0;
    }

    /** The lessons not yet learnt, newest first, as {@code {value: reference, label: reference and statement}}. */
    public List<Choice> openLessonChoices() {
        return jdbc.query("select lesson_reference, statement from ll_lesson where state <> ? order by id desc",
            (row, i) -> new Choice(row.getString(1), row.getString(1) + ": " + cut(row.getString(2))),
            LessonState.LEARNT.name());
    }

    private static String cut(String statement) {
        return statement.length() > 80 ? statement.substring(0, 77) + "..." : statement;
    }

    public void lessonState(String lessonReference, LessonState state) {
        jdbc.update("update ll_lesson set state = ? where lesson_reference = ?", state.name(), lessonReference);
    }

    public void evaluateLesson(String lessonReference, LessonState outcome, String notes, LocalDate evaluatedOn) {
        jdbc.update("update ll_lesson set state = ?, evaluation_outcome = ?, evaluation_notes = ?, evaluated_on = ? "
                + "where lesson_reference = ?",
            outcome.name(), outcome.name(), notes, Date.valueOf(evaluatedOn), lessonReference);
    }

    /** Earlier lessons (other cycles) that share a theme with these themes: theme code to their source references. */
    public Map<String, List<String>> earlierSources(List<String> themes, String exceptCycleReference) {
        Map<String, List<String>> seen = new java.util.LinkedHashMap<>();
        for (String theme : themes) {
            List<String> sources = jdbc.queryForList("select distinct l.source_reference from ll_lesson l "
                    + "join ll_lesson_theme t on t.lesson_id = l.id "
                    + "where t.theme_code = ? and l.cycle_reference <> ? and l.source_reference is not null "
                    + "order by l.source_reference",
                String.class, theme, exceptCycleReference);
            if (!sources.isEmpty()) {
                seen.put(theme, sources);
            }
        }
        return seen;
    }

    // ---- dissemination

    public void recordDissemination(String lessonReference, String method, String ownerGroup, String reportsTo) {
        jdbc.update("insert into ll_dissemination (lesson_id, method, owner_group, reports_to, state) values (?, ?, ?, ?, ?)",
            lessonId(lessonReference), method, ownerGroup, reportsTo, "PLANNED");
    }

    public void disseminationDone(String lessonReference, String method, LocalDate completedOn) {
        jdbc.update("update ll_dissemination set state = 'DONE', completed_on = ? where lesson_id = ? and method = ?",
            Date.valueOf(completedOn), lessonId(lessonReference), method);
    }

    /** What a training changed in practice, from its follow-up some six weeks on. */
    public void trainingFollowedUp(String lessonReference, String method, String impact) {
        jdbc.update("update ll_dissemination set follow_up = ? where lesson_id = ? and method = ?",
            impact, lessonId(lessonReference), method);
    }

    /** The training follow-ups of a cycle, one line each. */
    public List<String> followUpLines(String cycleReference) {
        return jdbc.queryForList("select d.follow_up from ll_dissemination d join ll_lesson l on l.id = d.lesson_id "
            + "where l.cycle_reference = ? and d.follow_up is not null order by d.id", String.class, cycleReference);
    }

    // ---- actions

    public void recordAction(String actionReference, String cycleReference, String lessonReference, String description,
                             String ownerGroup, String monitoringGroup, LocalDate dueOn) {
        jdbc.update("insert into ll_action (action_reference, cycle_reference, lesson_reference, description, owner_group, "
                + "monitoring_group, due_on, state) values (?, ?, ?, ?, ?, ?, ?, ?)",
            actionReference, cycleReference, lessonReference, description, ownerGroup, monitoringGroup,
            Date.valueOf(dueOn), ActionState.OPEN.name());
    }

    public void actionState(String actionReference, ActionState state) {
        jdbc.update("update ll_action set state = ? where action_reference = ?", state.name(), actionReference);
    }

    /** A new due date, with the reason; the history keeps every slip. */
    public void moveActionDue(String actionReference, LocalDate newDueOn, String reason, LocalDate changedOn) {
        LocalDate old = jdbc.queryForObject("select due_on from ll_action where action_reference = ?",
            Date.class, actionReference).toLocalDate();
        jdbc.update("insert into ll_action_due_change (action_reference, old_due_on, new_due_on, reason, changed_on) "
            + "values (?, ?, ?, ?, ?)", actionReference, Date.valueOf(old), Date.valueOf(newDueOn), reason,
            Date.valueOf(changedOn));
        jdbc.update("update ll_action set due_on = ?, state = ? where action_reference = ?",
            Date.valueOf(newDueOn), ActionState.OPEN.name(), actionReference);
    }

    public void actionEvidence(String actionReference, String evidence) {
        jdbc.update("update ll_action set evidence = ?, state = ? where action_reference = ?",
            evidence, ActionState.EVIDENCE_GIVEN.name(), actionReference);
    }

    public void completeAction(String actionReference, LocalDate completedOn) {
        jdbc.update("update ll_action set state = ?, completed_on = ? where action_reference = ?",
            ActionState.COMPLETED.name(), Date.valueOf(completedOn), actionReference);
    }

    /** One line per action of a cycle: reference, owner, state, due date. */
    public List<String> actionLines(String cycleReference) {
        return jdbc.query("select action_reference, owner_group, state, due_on from ll_action where cycle_reference = ? "
                + "order by action_reference",
            (row, i) -> row.getString(1) + " (" + row.getString(2) + "): " + row.getString(3).toLowerCase()
                .replace('_', ' ') + ", due " + row.getDate(4).toLocalDate(), cycleReference);
    }

    private long lessonId(String lessonReference) {
        return jdbc.queryForObject("select id from ll_lesson where lesson_reference = ?", Long.class, lessonReference);
    }
}
