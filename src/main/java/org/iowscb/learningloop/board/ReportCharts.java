package org.iowscb.learningloop.board;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The annual report's charts, drawn on the server as PNG images and embedded as {@code data:} URIs, so
 * the page and the PDF show the same pictures (the board page's chart library runs only in a browser,
 * and the PDF has none). Each is a plain horizontal bar chart: one row per line of the table beside it,
 * one bar per figure, in GOV.UK's colours, with the figures written at the bars' ends.
 */
final class ReportCharts {

    /** One series of bars: its name in the key and its colour. */
    record Series(String name, Color colour) {
    }

    /** One row of the chart: its label and one figure per series. */
    record Row(String label, List<Integer> values) {
    }

    static final Color BLUE = new Color(0x1d, 0x70, 0xb8);
    static final Color GREEN = new Color(0x00, 0x70, 0x3c);
    static final Color GREY = new Color(0x50, 0x5a, 0x5f);
    private static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);
    private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

    private static final int SCALE = 2;
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 250;
    private static final int BAR = 12;
    private static final int ROW_GAP = 10;
    private static final int KEY_HEIGHT = 28;

    private ReportCharts() {
    }

    /** Every chart of the report, by name, as {@code data:image/png;base64,...}; a table without rows has none. */
    static Map<String, String> of(AnnualReport report) {
        Map<String, String> charts = new LinkedHashMap<>();
        if (!report.timeliness().isEmpty()) {
            charts.put("timeliness", draw(List.of(new Series("Started", GREY), new Series("Finished", BLUE),
                    new Series("Finished on time", GREEN)),
                report.timeliness().stream().map(line -> new Row(line.type(),
                    List.of(line.started(), line.finished(), line.finishedOnTime()))).toList()));
        }
        if (!report.themes().isEmpty()) {
            charts.put("themes", draw(List.of(new Series("Lessons", BLUE), new Series("Cases", GREY)),
                report.themes().stream().map(theme -> new Row(theme.label(), List.of(theme.lessons(), theme.cases())))
                    .toList()));
        }
        if (report.childDeathsReviewed() > 0) {
            charts.put("childDeaths", draw(List.of(new Series("Deaths reviewed", BLUE)),
                report.childDeaths().stream().map(category -> new Row(category.label(), List.of(category.deaths())))
                    .toList()));
        }
        return charts;
    }

    /** A bar chart as a PNG data URI. */
    static String draw(List<Series> series, List<Row> rows) {
        int rowHeight = series.size() * BAR + ROW_GAP;
        int height = KEY_HEIGHT + rows.size() * rowHeight + 10;
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics metrics = g.getFontMetrics();
            key(g, series, metrics);
            int max = Math.max(1, rows.stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).max().orElse(1));
            int barSpace = WIDTH - LABEL_WIDTH - 40;
            int y = KEY_HEIGHT;
            for (Row row : rows) {
                g.setColor(TEXT);
                g.drawString(fitted(row.label(), metrics, LABEL_WIDTH - 10), 0,
                    y + (series.size() * BAR) / 2 + metrics.getAscent() / 2 - 1);
                for (int s = 0; s < series.size(); s++) {
                    int value = row.values().get(s);
                    int length = Math.round((float) barSpace * value / max);
                    g.setColor(series.get(s).colour());
                    g.fillRect(LABEL_WIDTH, y + s * BAR, Math.max(length, value > 0 ? 2 : 0), BAR - 2);
                    g.setColor(TEXT);
                    g.drawString(String.valueOf(value), LABEL_WIDTH + length + 4, y + s * BAR + BAR - 3);
                }
                y += rowHeight;
            }
            g.setColor(RULE);
            g.setStroke(new BasicStroke(1));
            g.drawLine(LABEL_WIDTH, KEY_HEIGHT - 4, LABEL_WIDTH, y - ROW_GAP + 4);
        } finally {
            g.dispose();
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(image));
    }

    private static void key(Graphics2D g, List<Series> series, FontMetrics metrics) {
        int x = LABEL_WIDTH;
        for (Series one : series) {
            g.setColor(one.colour());
            g.fillRect(x, 6, 12, 12);
            g.setColor(TEXT);
            g.drawString(one.name(), x + 16, 6 + metrics.getAscent() - 1);
            x += 16 + metrics.stringWidth(one.name()) + 18;
        }
    }

    private static String fitted(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width) {
            return label;
        }
        String shorter = label;
        while (shorter.length() > 1 && metrics.stringWidth(shorter + "…") > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "…";
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("a chart could not be written as PNG", e);
        }
        return out.toByteArray();
    }
}
