package org.iowscb.learningloop.board;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.StatutoryClock;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How timely each kind of review and audit was in a reporting year, from the engine's history: how
 * many started, how many finished, and how many of those finished within their clock. A case with a
 * statutory clock finished on time when it ended by the clock's due date; a case without one when
 * none of its steps was completed after its due date.
 */
@Repository
class Timeliness {

    /** One kind of case in one year. */
    record Line(String processKey, String type, String clock, int started, int finished, int finishedOnTime) {

        /** The share finished on time, in whole per cent; null when none finished. */
        public Integer onTimePercent() {
            return finished == 0 ? null : Math.round(100f * finishedOnTime / finished);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final Map<String, StatutoryClock> clocks = new HashMap<>();

    Timeliness(NamedParameterJdbcTemplate jdbc, WorkingDays workingDays, List<StatutoryClock> statutoryClocks) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        statutoryClocks.forEach(clock -> clock.processKeys().forEach(key -> clocks.put(key, clock)));
    }

    /** Reviews and audits (not the learning cases) started or finished in the year, per kind. */
    List<Line> of(ReportingYear year, BoardScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", Timestamp.valueOf(year.from().atStartOfDay()))
            .addValue("until", Timestamp.valueOf(year.until().atStartOfDay()));
        String within = "";
        if (!scope.everything()) {
            params.addValue("groups", scope.groups().isEmpty() ? List.of("") : scope.groups());
            params.addValue("partyVariables", OpenCases.PARTY_VARIABLE_NAMES);
            within = " and p.ID_ in (" + OpenCases.casesOfGroups() + ")";
        }
        record Case(String id, String key, LocalDate started, LocalDate ended) {
        }
        List<Case> cases = jdbc.query("select p.ID_, p.PROC_DEF_KEY_, p.START_TIME_, p.END_TIME_ from ACT_HI_PROCINST p "
                + "where p.BUSINESS_KEY_ is not null and ((p.START_TIME_ >= :from and p.START_TIME_ < :until) "
                + "or (p.END_TIME_ >= :from and p.END_TIME_ < :until))" + within,
            params, (row, i) -> new Case(row.getString(1), row.getString(2), workingDays.dateOf(row.getTimestamp(3)),
                row.getTimestamp(4) == null ? null : workingDays.dateOf(row.getTimestamp(4))));

        Map<String, Map<String, String>> clockVariables = finishedVariables(params, within);
        Set<String> lateSteps = new HashSet<>(jdbc.queryForList("select distinct t.PROC_INST_ID_ from ACT_HI_TASKINST t "
                + "join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_ where p.END_TIME_ >= :from and p.END_TIME_ < :until "
                + "and t.DUE_DATE_ is not null and t.END_TIME_ > t.DUE_DATE_" + within,
            params, String.class));

        Map<String, int[]> counts = new TreeMap<>();
        for (Case c : cases) {
            if (CaseType.ofProcessKey(c.key()).map(type -> !type.isReviewOrAudit()).orElse(true)) {
                continue;
            }
            int[] count = counts.computeIfAbsent(c.key(), key -> new int[3]);
            if (!c.started().isBefore(year.from()) && c.started().isBefore(year.until())) {
                count[0]++;
            }
            if (c.ended() != null && !c.ended().isBefore(year.from()) && c.ended().isBefore(year.until())) {
                count[1]++;
                if (finishedOnTime(c.id(), c.key(), c.started(), c.ended(), clockVariables, lateSteps)) {
                    count[2]++;
                }
            }
        }
        return counts.entrySet().stream().map(entry -> new Line(entry.getKey(), CaseType.labelOf(entry.getKey()),
                clocks.containsKey(entry.getKey()) ? clocks.get(entry.getKey()).name() : "Each step by its due date",
                entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]))
            .sorted(java.util.Comparator.comparing(Line::type)).toList();
    }

    private boolean finishedOnTime(String id, String key, LocalDate started, LocalDate ended,
                                   Map<String, Map<String, String>> variables, Set<String> lateSteps) {
        StatutoryClock clock = clocks.get(key);
        if (clock != null) {
            Map<String, String> values = variables.getOrDefault(id, Map.of());
            return clock.dates(values::get, started, workingDays).map(dates -> !ended.isAfter(dates.due()))
                .orElse(!lateSteps.contains(id));
        }
        return !lateSteps.contains(id);
    }

    private Map<String, Map<String, String>> finishedVariables(MapSqlParameterSource params, String within) {
        List<String> names = clocks.values().stream().flatMap(clock -> clock.reads().stream()).map(ProcessVariable::name)
            .distinct().toList();
        Map<String, Map<String, String>> byCase = new HashMap<>();
        if (names.isEmpty()) {
            return byCase;
        }
        params.addValue("clockVariables", names);
        jdbc.query("select v.PROC_INST_ID_, v.NAME_, v.TEXT_ from ACT_HI_VARINST v join ACT_HI_PROCINST p "
                + "on p.ID_ = v.PROC_INST_ID_ where p.END_TIME_ >= :from and p.END_TIME_ < :until "
                + "and v.NAME_ in (:clockVariables) and v.EXECUTION_ID_ = v.PROC_INST_ID_" + within,
            params, row -> {
                byCase.computeIfAbsent(row.getString(1), id -> new HashMap<>()).put(row.getString(2), row.getString(3));
            });
        return byCase;
    }
}
