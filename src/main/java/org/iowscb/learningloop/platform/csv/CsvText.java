package org.iowscb.learningloop.platform.csv;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 has it (CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled), safe to open in a spreadsheet: a cell the spreadsheet would run as a formula
 * (it starts with {@code = + - @}, a tab or a carriage return) gets an apostrophe in front, so opening
 * an export runs nothing. Every export of the application writes its cells here.
 */
public final class CsvText {

    public static final String EOL = "\r\n";
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private CsvText() {
    }

    /** One line: the cells, each made safe, joined by commas and ended with CRLF. */
    public static String line(List<String> cells) {
        return cells.stream().map(CsvText::cell).collect(Collectors.joining(",")) + EOL;
    }

    /** One field: neutralised if a spreadsheet would read it as a formula, then quoted if it must be. */
    public static String cell(String value) {
        String text = Objects.requireNonNullElse(value, "");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
