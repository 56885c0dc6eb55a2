package org.iowscb.learningloop.board;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The board page's settings ({@code learningloop.board.*}).
 *
 * @param reportingYearStarts the first day of the Board's reporting year, {@code --04-01} (1 April) by
 *     default: the year of the annual report and of the timeliness figures
 * @param rowsPerPage how many cases and actions a page lists; the counts and charts cover them all
 */
@ConfigurationProperties("learningloop.board")
record BoardProperties(MonthDay reportingYearStarts, Integer rowsPerPage) {

    BoardProperties {
        reportingYearStarts = reportingYearStarts != null ? reportingYearStarts : MonthDay.of(4, 1);
        rowsPerPage = rowsPerPage != null && rowsPerPage > 0 ? rowsPerPage : 50;
    }
}
