package org.iowscb.learningloop.learning.learningregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iowscb.learningloop.platform.csv.CsvText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One CSV cell: RFC 4180 quoting and no formula a spreadsheet would run. */
class LessonCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain text|plain text",
        "a, b|\"a, b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=1+1|'=1+1",
        "+44 1983|'+44 1983",
        "-2|'-2",
        "@SUM(A1)|'@SUM(A1)",
        "=HYPERLINK(\"http://x\",\"y\")|\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        "a = b|a = b"})
    void cells(String value, String cell) {
        assertThat(CsvText.cell(value)).isEqualTo(cell);
    }

    @Test
    void lineBreaksTabsAndNothing() {
        assertThat(CsvText.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(CsvText.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvText.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvText.cell(null)).isEmpty();
    }

    @Test
    @DisplayName("?format= decides; otherwise Accept, by quality; JSON by default")
    void csvOrJson() {
        assertThat(LessonController.wantsCsv("csv", null)).isTrue();
        assertThat(LessonController.wantsCsv("JSON", "text/csv")).isFalse();
        assertThat(LessonController.wantsCsv(null, "text/csv")).isTrue();
        assertThat(LessonController.wantsCsv(null, "application/json;q=0.4, text/csv")).isTrue();
        assertThat(LessonController.wantsCsv(null, "text/csv;q=0.4, application/json")).isFalse();
        assertThat(LessonController.wantsCsv(null, "*/*")).isFalse();
        assertThat(LessonController.wantsCsv(null, null)).isFalse();
        assertThat(LessonController.wantsCsv(null, "not a media type")).isFalse();
        assertThatThrownBy(() -> LessonController.wantsCsv("xlsx", null))
            .hasMessage("Please correct: format 'xlsx' is unknown; it is csv or json.");
    }
}
