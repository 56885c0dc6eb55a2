package org.iowscb.learningloop.board;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Board's narrative sections of each year's annual report ({@code ll_report_narrative}): the one
 * thing the board module writes. Plain text; the page and the PDF show it as typed, escaped.
 */
@Repository
class ReportNarratives {

    private final NamedParameterJdbcTemplate jdbc;

    ReportNarratives(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The sections written for the year, in the report's order. */
    Map<NarrativeSection, String> of(int year) {
        Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
        jdbc.query("select section, body from ll_report_narrative where report_year = :year",
            new MapSqlParameterSource("year", year),
            row -> {
                String body = row.getString(2);
                NarrativeSection.of(row.getString(1)).ifPresent(section -> sections.put(section, body));
            });
        return sections;
    }

    /** Writes the section of the year; a blank text takes it out of the report. */
    @Transactional
    void write(int year, NarrativeSection section, String body, String userId, Instant at) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("section", section.id())
            .addValue("body", body).addValue("userId", userId).addValue("at", Timestamp.from(at));
        jdbc.update("delete from ll_report_narrative where report_year = :year and section = :section", params);
        if (body != null && !body.isBlank()) {
            jdbc.update("insert into ll_report_narrative (report_year, section, body, updated_by, updated_at) "
                + "values (:year, :section, :body, :userId, :at)", params);
        }
    }
}
