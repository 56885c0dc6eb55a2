package org.iowscb.learningloop.board;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.StatutoryClock;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The open cases, read from the engine's tables in three queries (the cases, their clock variables,
 * their open tasks) rather than one engine query per case: the board page shows every open case of
 * an installation at once. An agency's or a school's scope is part of each query: the cases in
 * which one of their groups has or had a task, or which name them as the referring, reviewing or
 * auditing agency.
 */
@Repository
class OpenCases {

    /** An open user task of a case. */
    record OpenTask(String processInstanceId, String taskId, String name, LocalDate createdOn, LocalDate dueOn,
                    String group) {
    }

    /** The variables that name the agency a case is about, besides its tasks. */
    private static final List<ProcessVariable<String>> PARTY_VARIABLES = List.of(CaseVariables.REFERRING_AGENCY,
        CaseVariables.REVIEWING_AGENCY, CaseVariables.AUDITING_AGENCY);
    static final List<String> PARTY_VARIABLE_NAMES = PARTY_VARIABLES.stream().map(ProcessVariable::name).toList();

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final Map<String, StatutoryClock> clocks = new HashMap<>();
    private final List<String> clockVariables;

    OpenCases(NamedParameterJdbcTemplate jdbc, WorkingDays workingDays, List<StatutoryClock> statutoryClocks) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        statutoryClocks.forEach(clock -> clock.processKeys().forEach(key -> clocks.put(key, clock)));
        this.clockVariables = statutoryClocks.stream().flatMap(clock -> clock.reads().stream())
            .map(ProcessVariable::name).distinct().sorted().toList();
    }

    /**
     * Every open case the scope allows, the latest first, each with its clock read now, straight from
     * the engine. Improvement actions are not among them: the page lists them by their own ACT
     * reference, with their lesson. The board page reads the same rows from its read model
     * ({@link BoardReadModel}), which this method fills and is checked against.
     */
    List<CaseRow> all(BoardScope scope) {
        MapSqlParameterSource params = scopeParameters(scope);
        return read(params, scope.everything() ? "" : " and p.ID_ in (" + casesOfGroups() + ")");
    }

    /** The cases with these process instance ids that are still open, as {@link #all} reads them. */
    List<CaseRow> of(java.util.Collection<String> processInstanceIds) {
        return read(new MapSqlParameterSource("ids", processInstanceIds), " and p.ID_ in (:ids)");
    }

    /**
     * The groups each of these cases belongs to for the board's scope: the groups offered one of its
     * tasks, and the agency a variable names as referring, reviewing or auditing.
     */
    Map<String, Set<String>> groupsOf(java.util.Collection<String> processInstanceIds) {
        Map<String, Set<String>> groups = new HashMap<>();
        jdbc.query("select ht.PROC_INST_ID_, hl.GROUP_ID_ from ACT_HI_TASKINST ht join ACT_HI_IDENTITYLINK hl "
                + "on hl.TASK_ID_ = ht.ID_ where hl.TYPE_ = 'candidate' and hl.GROUP_ID_ is not null "
                + "and ht.PROC_INST_ID_ in (:ids) "
                + "union select pv.PROC_INST_ID_, pv.TEXT_ from ACT_RU_VARIABLE pv where pv.NAME_ in (:partyVariables) "
                + "and pv.TEXT_ is not null and pv.PROC_INST_ID_ in (:ids)",
            new MapSqlParameterSource("ids", processInstanceIds).addValue("partyVariables",
                PARTY_VARIABLES.stream().map(ProcessVariable::name).toList()),
            row -> {
                groups.computeIfAbsent(row.getString(1), id -> new java.util.TreeSet<>()).add(row.getString(2));
            });
        return groups;
    }

    private List<CaseRow> read(MapSqlParameterSource params, String within) {
        params.addValue("actions", CaseType.IMPROVEMENT_ACTION.processKey());
        Map<String, Map<String, String>> variables = variables(params, within);
        Map<String, List<OpenTask>> tasks = openTasks(params, within);
        LocalDate today = workingDays.today();
        return jdbc.query("select p.ID_, p.BUSINESS_KEY_, p.PROC_DEF_KEY_, p.START_TIME_ from ACT_HI_PROCINST p "
                + "where p.END_TIME_ is null and p.BUSINESS_KEY_ is not null and p.PROC_DEF_KEY_ <> :actions" + within
                + " order by p.START_TIME_ desc, p.BUSINESS_KEY_",
            params, (row, i) -> caseRow(row.getString(1), row.getString(2), row.getString(3),
                localDate(row.getTimestamp(4)), variables.getOrDefault(row.getString(1), Map.of()),
                tasks.getOrDefault(row.getString(1), List.of()), today));
    }

    /** The returns an agency or school owes: its open tasks in an audit, and how many are past their due date. */
    record Outstanding(String group, int open, int overdue) {
    }

    /**
     * The audits' open tasks of agencies and schools, per group, straight from the engine: what the read
     * model's {@link BoardReadModel#outstandingReturns} must agree with ({@code BoardReadModelTest}).
     */
    List<Outstanding> outstandingReturns(BoardScope scope, java.util.Collection<String> auditKeys) {
        MapSqlParameterSource params = scopeParameters(scope).addValue("auditKeys", auditKeys)
            .addValue("now", Timestamp.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()));
        return jdbc.query("select l.GROUP_ID_, count(*), sum(case when t.DUE_DATE_ < :now then 1 else 0 end) "
                + "from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                + "join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ in (:auditKeys) "
                + "and (l.GROUP_ID_ like 'agency-%' or l.GROUP_ID_ like 'school-%')"
                + (scope.everything() ? "" : " and l.GROUP_ID_ in (:groups)")
                + " group by l.GROUP_ID_ order by l.GROUP_ID_",
            params, (row, i) -> new Outstanding(row.getString(1), row.getInt(2), row.getInt(3)));
    }

    /** An audit's open task offered to an agency or a school: a return it owes. */
    record OpenReturn(String processInstanceId, String taskId, String group, Timestamp dueAt) {
    }

    /** The open returns of these cases (the audits' open tasks of agencies and schools), for the read model. */
    List<OpenReturn> returnsOf(java.util.Collection<String> processInstanceIds, java.util.Collection<String> auditKeys) {
        return jdbc.query("select t.PROC_INST_ID_, t.ID_, l.GROUP_ID_, t.DUE_DATE_ "
                + "from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                + "join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ in (:auditKeys) "
                + "and (l.GROUP_ID_ like 'agency-%' or l.GROUP_ID_ like 'school-%') and t.PROC_INST_ID_ in (:ids)",
            new MapSqlParameterSource("ids", processInstanceIds).addValue("auditKeys", auditKeys),
            (row, i) -> new OpenReturn(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4)));
    }

    /** The names of the groups, by id: how the page names an agency, a school or a sub-group. */
    Map<String, String> groupNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.getJdbcTemplate().query("select ID_, NAME_ from ACT_ID_GROUP", row -> {
            names.put(row.getString(1), row.getString(2) != null ? row.getString(2) : row.getString(1));
        });
        return names;
    }

    /** What a case without an open task waits for: the name of the step it stands in. */
    Optional<String> waitingIn(String processInstanceId) {
        return jdbc.query("select a.ACT_NAME_, a.ACT_TYPE_ from ACT_HI_ACTINST a where a.PROC_INST_ID_ = :id "
                + "and a.END_TIME_ is null and a.ACT_NAME_ is not null order by a.START_TIME_ desc",
            new MapSqlParameterSource("id", processInstanceId), (row, i) -> row.getString(1)).stream()
            .filter(name -> !name.isBlank()).findFirst();
    }

    private CaseRow caseRow(String processInstanceId, String reference, String processKey, LocalDate startedOn,
                            Map<String, String> variables, List<OpenTask> tasks, LocalDate today) {
        OpenTask next = tasks.stream().findFirst().orElse(null);
        String stage = next != null ? next.name() : "Waiting";
        String stageGroup = next != null ? next.group() : null;
        String taskId = next != null ? next.taskId() : null;
        String type = CaseType.labelOf(processKey);

        StatutoryClock clock = clocks.get(processKey);
        Function<String, String> read = variables::get;
        Optional<StatutoryClock.Dates> dates = clock == null ? Optional.empty()
            : clock.dates(read, startedOn, workingDays);
        if (dates.isPresent()) {
            return withClock(processInstanceId, reference, processKey, type, startedOn, stage, stageGroup, taskId,
                clock.name(), clock.source(), dates.get(), today);
        }
        OpenTask due = tasks.stream().filter(task -> task.dueOn() != null).findFirst().orElse(null);
        if (due != null) {
            return withClock(processInstanceId, reference, processKey, type, startedOn, stage, stageGroup, taskId,
                "Step due: " + due.name(), "the due date of the step", new StatutoryClock.Dates(due.createdOn(),
                    due.dueOn(), 0), today);
        }
        return new CaseRow(reference, processKey, type, processInstanceId, startedOn, stage, stageGroup, taskId,
            null, null, null, null, null, null, Rag.NONE, 0);
    }

    private CaseRow withClock(String processInstanceId, String reference, String processKey, String type,
                              LocalDate startedOn, String stage, String stageGroup, String taskId, String clockName,
                              String clockSource, StatutoryClock.Dates dates, LocalDate today) {
        int left = workingDays.workingDaysBetween(today, dates.due());
        int length = Math.max(1, workingDays.workingDaysBetween(dates.start(), dates.due()));
        Rag rag = Rag.of(left, length, dates.due().isBefore(today));
        return new CaseRow(reference, processKey, type, processInstanceId, startedOn, stage, stageGroup, taskId,
            clockName, clockSource, dates.start(), dates.due(), amberFrom(dates.due(), length), left, rag,
            dates.revisions());
    }

    /**
     * The first day a clock of {@code length} working days to {@code due} shows amber: the day a fifth
     * of it or less is left ({@link Rag#of}), so the read model can tell the status by comparing dates.
     */
    LocalDate amberFrom(LocalDate due, int length) {
        int left = length / 5;
        LocalDate day = due;
        while (left > 0 || !workingDays.isWorkingDay(day) && day.isAfter(due.minusDays(7))) {
            if (workingDays.isWorkingDay(day)) {
                left--;
            }
            if (left < 0) {
                break;
            }
            day = day.minusDays(1);
        }
        return day;
    }

    private Map<String, Map<String, String>> variables(MapSqlParameterSource params, String within) {
        Map<String, Map<String, String>> byCase = new HashMap<>();
        if (clockVariables.isEmpty()) {
            return byCase;
        }
        params.addValue("clockVariables", clockVariables);
        jdbc.query("select v.PROC_INST_ID_, v.NAME_, v.TEXT_ from ACT_RU_VARIABLE v "
                + "where v.NAME_ in (:clockVariables) and v.TASK_ID_ is null and v.EXECUTION_ID_ = v.PROC_INST_ID_"
                + within.replace("p.ID_", "v.PROC_INST_ID_"),
            params, row -> {
                byCase.computeIfAbsent(row.getString(1), id -> new HashMap<>()).put(row.getString(2), row.getString(3));
            });
        return byCase;
    }

    private Map<String, List<OpenTask>> openTasks(MapSqlParameterSource params, String within) {
        List<OpenTask> tasks = jdbc.query("select t.PROC_INST_ID_, t.ID_, t.NAME_, t.CREATE_TIME_, t.DUE_DATE_, l.GROUP_ID_ "
                + "from ACT_RU_TASK t left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' "
                + "where t.PROC_INST_ID_ is not null" + within.replace("p.ID_", "t.PROC_INST_ID_"),
            params, (row, i) -> new OpenTask(row.getString(1), row.getString(2), row.getString(3),
                localDate(row.getTimestamp(4)), localDate(row.getTimestamp(5)), row.getString(6)));
        Set<String> seen = new LinkedHashSet<>();
        return tasks.stream().filter(task -> seen.add(task.taskId()))
            .sorted(Comparator.comparing(OpenTask::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OpenTask::createdOn))
            .collect(Collectors.groupingBy(OpenTask::processInstanceId, HashMap::new, Collectors.toList()));
    }

    /** The cases of the scope's groups: a task offered to one of them, or a variable naming one. */
    static String casesOfGroups() {
        return "select ht.PROC_INST_ID_ from ACT_HI_TASKINST ht join ACT_HI_IDENTITYLINK hl on hl.TASK_ID_ = ht.ID_ "
            + "where hl.TYPE_ = 'candidate' and hl.GROUP_ID_ in (:groups) "
            + "union select pv.PROC_INST_ID_ from ACT_RU_VARIABLE pv where pv.NAME_ in (:partyVariables) "
            + "and pv.TEXT_ in (:groups)";
    }

    private static MapSqlParameterSource scopeParameters(BoardScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (!scope.everything()) {
            params.addValue("groups", scope.groups().isEmpty() ? List.of("") : scope.groups());
            params.addValue("partyVariables", PARTY_VARIABLES.stream().map(ProcessVariable::name).toList());
        }
        return params;
    }

    private LocalDate localDate(Timestamp timestamp) {
        return timestamp == null ? null : workingDays.dateOf(timestamp);
    }
}
