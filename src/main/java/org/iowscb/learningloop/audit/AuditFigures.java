package org.iowscb.learningloop.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.audit.section11audit.Section11Audit;
import org.iowscb.learningloop.audit.section175audit.Section175Audit;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.Standard;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the section 11 and section 175 self-assessments say to the Board: how far the agencies and
 * schools meet each standard (each organisation's latest answer), and the gaps found again cycle
 * after cycle. Read by the board page and the annual report. An agency or school sees its own
 * answers only: the organisations to keep to are a parameter of the query ({@code null}: all).
 */
@Repository
public class AuditFigures {

    /** How many organisations meet a standard, partly meet it or do not, by their latest answer. */
    public record Compliance(String auditType, String auditLabel, String standard, String title, int met,
                             int partiallyMet, int notMet) {
        public int answered() {
            return met + partiallyMet + notMet;
        }
    }

    /** A standard an organisation fell short of in more than one cycle. */
    public record RepeatedFinding(String auditLabel, String organisation, String title, int cycles) {
    }

    private static final Map<String, List<Standard>> STANDARDS = Map.of(
        Section11Audit.KEY, Section11Audit.STANDARDS, Section175Audit.KEY, Section175Audit.STANDARDS);

    private final NamedParameterJdbcTemplate jdbc;

    AuditFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Compliance by standard, from each organisation's latest answer to it; in the forms' order of standards. */
    public List<Compliance> compliance(Collection<String> organisations) {
        return compliance(organisations, null);
    }

    /** As {@link #compliance(Collection)}, from the answers given before {@code until} (the end of a reporting year). */
    public List<Compliance> compliance(Collection<String> organisations, Instant until) {
        return compliance(organisations, null, until);
    }

    /**
     * As {@link #compliance(Collection)}, from the answers given from {@code from} to before {@code until}
     * (either null: open): what a reporting year's self-assessments found.
     */
    public List<Compliance> compliance(Collection<String> organisations, Instant from, Instant until) {
        MapSqlParameterSource params = scope(organisations);
        String period = "";
        if (from != null) {
            period += " and s.completed_at >= :from";
            params.addValue("from", Timestamp.from(from));
        }
        if (until != null) {
            period += " and s.completed_at < :until";
            params.addValue("until", Timestamp.from(until));
        }
        // each organisation's latest self-assessment of each audit, found through the index on audit,
        // organisation and time (one look-up each), then its answers counted in the database by standard
        // and rating: the count does not read every answer ever given
        String audits = STANDARDS.keySet().stream().sorted().map(key -> "select '" + key + "' as audit_type")
            .collect(java.util.stream.Collectors.joining(" union all "));
        List<Object[]> latest = jdbc.query("select m.audit_type, m.organisation, m.latest from (select t.audit_type, "
                + "g.ID_ as organisation, (select max(s.completed_at) from ll_self_assessment s "
                + "where s.audit_type = t.audit_type and s.organisation = g.ID_" + period + ") as latest "
                + "from ACT_ID_GROUP g cross join (" + audits + ") t"
                + (organisations == null ? "" : " where g.ID_ in (:organisations)") + ") m where m.latest is not null",
            params, (row, i) -> new Object[] {row.getString(1), row.getString(2), row.getTimestamp(3)});
        Map<String, int[]> counts = new LinkedHashMap<>();
        if (!latest.isEmpty()) {
            MapSqlParameterSource which = new MapSqlParameterSource();
            List<String> each = new ArrayList<>();
            for (int i = 0; i < latest.size(); i++) {
                which.addValue("audit" + i, latest.get(i)[0]).addValue("organisation" + i, latest.get(i)[1])
                    .addValue("at" + i, latest.get(i)[2]);
                each.add("(a.audit_type = :audit" + i + " and a.organisation = :organisation" + i
                    + " and a.completed_at = :at" + i + ")");
            }
            jdbc.query("select a.audit_type, a.standard, a.rating, count(*) from ll_self_assessment a where "
                    + String.join(" or ", each) + " group by a.audit_type, a.standard, a.rating",
                which, row -> {
                    int[] byRating = counts.computeIfAbsent(row.getString(1) + "|" + row.getString(2), key -> new int[3]);
                    int answers = row.getInt(4);
                    Rating.ofValue(row.getString(3)).ifPresent(rating -> byRating[rating.ordinal()] += answers);
                });
        }
        List<Compliance> result = new ArrayList<>();
        STANDARDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(audit -> {
            for (Standard standard : audit.getValue()) {
                int[] byRating = counts.getOrDefault(audit.getKey() + "|" + standard.key(), new int[3]);
                result.add(new Compliance(audit.getKey(), CaseType.labelOf(audit.getKey()), standard.key(),
                    standard.title(), byRating[Rating.MET.ordinal()], byRating[Rating.PARTIALLY_MET.ordinal()],
                    byRating[Rating.NOT_MET.ordinal()]));
            }
        });
        return result;
    }

    /** The standards an organisation fell short of in two or more cycles: the findings that keep coming back. */
    public List<RepeatedFinding> repeatedFindings(Collection<String> organisations) {
        return jdbc.query("select a.audit_type, a.organisation, a.standard, count(distinct a.cycle_reference) "
                + "from ll_self_assessment a where a.rating <> :met" + where(organisations, "a.organisation")
                + " group by a.audit_type, a.organisation, a.standard having count(distinct a.cycle_reference) > 1 "
                + "order by count(distinct a.cycle_reference) desc, a.organisation, a.standard",
            scope(organisations).addValue("met", Rating.MET.value()),
            (row, i) -> new RepeatedFinding(CaseType.labelOf(row.getString(1)), row.getString(2),
                titleOf(row.getString(1), row.getString(3)), row.getInt(4)));
    }

    private static String titleOf(String auditType, String standard) {
        return STANDARDS.getOrDefault(auditType, List.of()).stream().filter(s -> s.key().equals(standard))
            .map(Standard::title).findFirst().orElse(standard);
    }

    private static MapSqlParameterSource scope(Collection<String> organisations) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (organisations != null) {
            params.addValue("organisations", organisations.isEmpty() ? List.of("") : organisations);
        }
        return params;
    }

    private static String where(Collection<String> organisations, String column) {
        return organisations == null ? "" : " and " + column + " in (:organisations)";
    }
}
