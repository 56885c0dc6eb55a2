package org.iowscb.learningloop.board;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board page's read model: one row per open case ({@code ll_board_case}) with its stage and its
 * clock's due date and amber date, and the groups it belongs to ({@code ll_board_case_group}). The
 * page counts, filters and pages in SQL over it, so its time does not grow with every open case's
 * clock being worked out again. Before it is read, the cases {@link BoardChanges} marked as changed
 * are recomputed from the engine by {@link OpenCases}, the same code the engine-side view uses, so
 * the two agree ({@code BoardReadModelTest}). {@link #rebuild()} recomputes every open case: at
 * start when the model is empty, and on request ({@code POST /board/read-model/rebuild}).
 */
@Repository
class BoardReadModel {

    private static final Logger LOG = LoggerFactory.getLogger(BoardReadModel.class);
    /** Recomputed at most this many cases a statement: an IN list every database accepts. */
    private static final int BATCH = 500;
    /**
     * The statuses in the page's order, each as a condition on the dates: late once the due date has
     * passed, amber from the amber date, green before it, none without a clock.
     */
    private static final Map<Rag, String> STATUS_ORDER = statusOrder();
    /** Per type of case, how many are in each status, in the order of {@link Rag}'s constants. */
    private static final String COUNTS = countsByStatus();

    private final NamedParameterJdbcTemplate jdbc;
    private final OpenCases openCases;
    private final TransactionTemplate transaction;

    BoardReadModel(NamedParameterJdbcTemplate jdbc, OpenCases openCases, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.openCases = openCases;
        this.transaction = transaction;
    }

    /** One page of the filtered cases, and the counts over all of them. */
    record Page(List<CaseRow> rows, int matched, Map<Rag, Integer> byStatus, Map<String, Integer> lateByType,
                List<String> types) {
    }

    /** At start: a model that is empty while cases are open is built (the first start after an upgrade). */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenEmpty() {
        Integer rows = jdbc.getJdbcTemplate().queryForObject("select count(*) from ll_board_case", Integer.class);
        if (rows != null && rows == 0 || returnsMissing()) {
            rebuild();
        }
    }

    /** The returns kept since V10 are missing while audits wait for returns: the first start after that upgrade. */
    private boolean returnsMissing() {
        Integer kept = jdbc.getJdbcTemplate().queryForObject("select count(*) from ll_board_return", Integer.class);
        return kept != null && kept == 0
            && !openCases.outstandingReturns(new BoardScope("read-model", true, List.of()), Board.AUDITS).isEmpty();
    }

    /** Recomputes every open case from the engine; answers how many the model holds. */
    synchronized int rebuild() {
        long started = System.currentTimeMillis();
        transaction.executeWithoutResult(status -> {
            jdbc.getJdbcTemplate().update("insert into ll_board_change (process_instance_id) select p.ID_ "
                + "from ACT_HI_PROCINST p where p.END_TIME_ is null and p.BUSINESS_KEY_ is not null");
            jdbc.getJdbcTemplate().update("delete from ll_board_return");
            jdbc.getJdbcTemplate().update("delete from ll_board_case_group");
            jdbc.getJdbcTemplate().update("delete from ll_board_case");
        });
        refresh();
        int cases = jdbc.getJdbcTemplate().queryForObject("select count(*) from ll_board_case", Integer.class);
        LOG.info("Board read model rebuilt: {} open cases in {} ms", cases, System.currentTimeMillis() - started);
        return cases;
    }

    /** Recomputes the cases changed since the last refresh; returns how many it looked at. */
    synchronized int refresh() {
        Long last = jdbc.getJdbcTemplate().queryForObject("select max(id) from ll_board_change", Long.class);
        if (last == null) {
            return 0;
        }
        List<String> changed = jdbc.queryForList("select distinct process_instance_id from ll_board_change "
            + "where id <= :last", new MapSqlParameterSource("last", last), String.class);
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<String> ids = changed.subList(from, Math.min(changed.size(), from + BATCH));
            transaction.executeWithoutResult(status -> write(ids));
        }
        jdbc.update("delete from ll_board_change where id <= :last", new MapSqlParameterSource("last", last));
        return changed.size();
    }

    private void write(List<String> ids) {
        List<CaseRow> rows = openCases.of(ids);
        Map<String, Set<String>> groups = rows.isEmpty() ? Map.of()
            : openCases.groupsOf(rows.stream().map(CaseRow::processInstanceId).toList());
        MapSqlParameterSource which = new MapSqlParameterSource("ids", ids);
        jdbc.update("delete from ll_board_return where process_instance_id in (:ids)", which);
        jdbc.update("delete from ll_board_case_group where process_instance_id in (:ids)", which);
        jdbc.update("delete from ll_board_case where process_instance_id in (:ids)", which);
        jdbc.batchUpdate("insert into ll_board_case (process_instance_id, case_reference, process_key, started_on, stage, "
                + "stage_group, task_id, clock_name, clock_source, clock_start, clock_due, amber_from, revisions) values "
                + "(:id, :reference, :key, :started, :stage, :group, :task, :clock, :source, :start, :due, :amber, :revisions)",
            rows.stream().map(row -> new MapSqlParameterSource("id", row.processInstanceId())
                .addValue("reference", row.reference()).addValue("key", row.processKey())
                .addValue("started", date(row.startedOn())).addValue("stage", row.stage())
                .addValue("group", row.stageGroup()).addValue("task", row.taskId()).addValue("clock", row.clockName())
                .addValue("source", row.clockSource()).addValue("start", date(row.clockStart()))
                .addValue("due", date(row.clockDue())).addValue("amber", date(row.amberFrom()))
                .addValue("revisions", row.revisions())).toArray(MapSqlParameterSource[]::new));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into ll_board_return (task_id, group_id, process_instance_id, due_at) "
                    + "values (:task, :group, :id, :due)",
                openCases.returnsOf(rows.stream().map(CaseRow::processInstanceId).toList(), Board.AUDITS).stream()
                    .map(owed -> new MapSqlParameterSource("task", owed.taskId()).addValue("group", owed.group())
                        .addValue("id", owed.processInstanceId()).addValue("due", owed.dueAt()))
                    .toArray(MapSqlParameterSource[]::new));
        }
        List<MapSqlParameterSource> memberships = new ArrayList<>();
        groups.forEach((id, ofCase) -> ofCase.forEach(group ->
            memberships.add(new MapSqlParameterSource("id", id).addValue("group", group))));
        jdbc.batchUpdate("insert into ll_board_case_group (process_instance_id, group_id) values (:id, :group)",
            memberships.toArray(MapSqlParameterSource[]::new));
    }

    /** The page of cases the filter and the scope allow, refreshed first. */
    Page page(BoardScope scope, Board.Filter filter, LocalDate today, int size) {
        refresh();
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today));
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!scope.everything()) {
            params.addValue("groups", scope.groups().isEmpty() ? List.of("") : scope.groups());
            where.append(" and c.process_instance_id in (select g.process_instance_id from ll_board_case_group g "
                + "where g.group_id in (:groups))");
        }
        StringBuilder filtered = new StringBuilder(where);
        if (filter.type() != null) {
            params.addValue("type", filter.type());
            filtered.append(" and c.process_key = :type");
        }
        if (filter.agency() != null) {
            params.addValue("agency", filter.agency());
            filtered.append(" and c.process_instance_id in (select a.process_instance_id from ll_board_case_group a "
                + "where a.group_id = :agency)");
        }
        if (filter.reference() != null) {
            params.addValue("reference", "%" + filter.reference().toUpperCase(Locale.ROOT) + "%");
            filtered.append(" and upper(c.case_reference) like :reference");
        }
        String matching = filtered.toString();
        Map<Rag, Integer> byStatus = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byStatus.put(rag, 0);
        }
        Map<String, Integer> lateByType = new TreeMap<>();
        List<String> types = new ArrayList<>();
        jdbc.query("select c.process_key, " + COUNTS + " from ll_board_case c" + matching + " group by c.process_key "
                + "order by c.process_key", params, row -> {
                    types.add(row.getString(1));
                    for (Rag rag : Rag.values()) {
                        byStatus.merge(rag, row.getInt(2 + rag.ordinal()), Integer::sum);
                    }
                    int late = row.getInt(2 + Rag.RED.ordinal());
                    if (late > 0) {
                        lateByType.merge(CaseType.labelOf(row.getString(1)), late, Integer::sum);
                    }
                });
        int matched = filter.status() == null ? byStatus.values().stream().mapToInt(Integer::intValue).sum()
            : byStatus.get(filter.status());
        int pages = Math.max(1, (matched + size - 1) / size);
        int page = Math.min(filter.page(), pages);
        List<CaseRow> rows = rows(matching, params, byStatus, filter.status(), (page - 1) * size, size);
        if (filter.type() != null || filter.agency() != null || filter.reference() != null) {
            // the list of types to choose from is of every case the person may see, not only of those the filter kept
            types.clear();
            types.addAll(jdbc.queryForList("select distinct c.process_key from ll_board_case c" + where
                + " order by c.process_key", params, String.class));
        }
        return new Page(rows, matched, byStatus, lateByType, types);
    }

    /**
     * The returns agencies and schools owe in the audits, per group, and how many are past their due date,
     * within the scope, refreshed first.
     */
    List<OpenCases.Outstanding> outstandingReturns(BoardScope scope) {
        refresh();
        MapSqlParameterSource params = new MapSqlParameterSource("now",
            new java.sql.Timestamp(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime()));
        if (!scope.everything()) {
            params.addValue("groups", scope.groups().isEmpty() ? List.of("") : scope.groups());
        }
        return jdbc.query("select r.group_id, count(*), sum(case when r.due_at < :now then 1 else 0 end) "
                + "from ll_board_return r" + (scope.everything() ? "" : " where r.group_id in (:groups)")
                + " group by r.group_id order by r.group_id",
            params, (row, i) -> new OpenCases.Outstanding(row.getString(1), row.getInt(2), row.getInt(3)));
    }

    /**
     * The rows from {@code offset}, at most {@code size}, in the page's order: red, amber, green, then
     * cases without a clock, each by due date and reference. Each status is read on its own, from where
     * the page starts in it, along the index on the due date: a page costs what it shows, not every
     * open case sorted ({@code byStatus} says where each status starts).
     */
    private List<CaseRow> rows(String matching, MapSqlParameterSource params, Map<Rag, Integer> byStatus, Rag only,
                               int offset, int size) {
        List<CaseRow> rows = new ArrayList<>();
        int skip = offset;
        for (Map.Entry<Rag, String> status : STATUS_ORDER.entrySet()) {
            Rag rag = status.getKey();
            if ((only != null && only != rag) || rows.size() == size) {
                continue;
            }
            int count = byStatus.get(rag);
            if (skip >= count) {
                skip -= count;
                continue;
            }
            MapSqlParameterSource segment = new MapSqlParameterSource(params.getValues()).addValue("skip", skip)
                .addValue("rag", rag.name());
            rows.addAll(jdbc.query("select c.*, :rag as rag from ll_board_case c" + matching + " and " + status.getValue()
                    + " order by c.clock_due, c.case_reference offset :skip rows fetch first " + (size - rows.size())
                    + " rows only", segment, (row, i) -> new CaseRow(row.getString("case_reference"),
                    row.getString("process_key"), CaseType.labelOf(row.getString("process_key")),
                    row.getString("process_instance_id"), localDate(row.getDate("started_on")), row.getString("stage"),
                    row.getString("stage_group"), row.getString("task_id"), row.getString("clock_name"),
                    row.getString("clock_source"), localDate(row.getDate("clock_start")),
                    localDate(row.getDate("clock_due")), localDate(row.getDate("amber_from")), null,
                    Rag.valueOf(row.getString("rag")), row.getInt("revisions"))));
            skip = 0;
        }
        return rows;
    }

    private static Map<Rag, String> statusOrder() {
        Map<Rag, String> order = new java.util.LinkedHashMap<>();
        order.put(Rag.RED, "c.clock_due < :today");
        order.put(Rag.AMBER, "c.clock_due >= :today and c.amber_from <= :today");
        order.put(Rag.GREEN, "c.clock_due >= :today and (c.amber_from is null or c.amber_from > :today)");
        order.put(Rag.NONE, "c.clock_due is null");
        return order;
    }

    private static String countsByStatus() {
        Map<Rag, String> order = statusOrder();
        return java.util.Arrays.stream(Rag.values()).map(rag -> "sum(case when " + order.get(rag) + " then 1 else 0 end)")
            .collect(java.util.stream.Collectors.joining(", "));
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date day) {
        return day == null ? null : day.toLocalDate();
    }
}
