package org.iowscb.learningloop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The end-of-run table, on the console and as {@code results.md}. */
final class Report {

    /** Figures of the run besides the scenarios. */
    record Environment(String date, String command, BenchConfig config, String baselineKey, String machine,
                       String jvm, double springStartedSeconds, double jvmToReadySeconds,
                       long rssAfterStartupKiB, long rssAfterRunKiB, long peakRssKiB, long liveHeapKiB,
                       double runSeconds, double loadBefore, double loadAfter, int cores) {
    }

    private static final String[] HEADER = {"API", "Process", "Operation", "Count", "ops/s", "p50 ms", "p95 ms",
        "p99 ms", "ops/s vs baseline", "p50 vs baseline"};

    private final Environment env;
    private final List<ScenarioRun.Result> results;

    Report(Environment env, List<ScenarioRun.Result> results) {
        this.env = env;
        this.results = results;
    }

    List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (ScenarioRun.Result result : results) {
            ScenarioRun.Result baseline = results.stream()
                .filter(r -> r.api().equals(result.api()) && r.processKey().equals(env.baselineKey()))
                .findFirst().orElse(null);
            boolean isBaseline = result.processKey().equals(env.baselineKey());
            for (ScenarioRun.Op op : ScenarioRun.Op.values()) {
                OpStats stats = result.stats().get(op);
                double rate = result.opsPerSecond().get(op);
                String rateRatio = "-";
                String p50Ratio = "-";
                if (!isBaseline && baseline != null) {
                    rateRatio = ratio(rate, baseline.opsPerSecond().get(op));
                    p50Ratio = ratio(stats.percentileMs(50), baseline.stats().get(op).percentileMs(50));
                }
                rows.add(new String[] {result.api(), result.processKey(), op.label, Long.toString(stats.count()),
                    number(rate, 1), number(stats.percentileMs(50), 1), number(stats.percentileMs(95), 1),
                    number(stats.percentileMs(99), 1), rateRatio, p50Ratio});
            }
        }
        return rows;
    }

    String console() {
        StringBuilder out = new StringBuilder();
        out.append("\n=== Learning Loop benchmark, ").append(env.date()).append(" ===\n");
        out.append(parameters()).append("\n\n");
        List<String[]> rows = rows();
        int[] widths = new int[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) {
            widths[c] = HEADER[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        out.append(line(HEADER, widths)).append('\n');
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.append(rule.toString().stripTrailing()).append('\n');
        String previous = null;
        for (String[] row : rows) {
            String group = row[0] + row[1];
            if (previous != null && !previous.equals(group)) {
                out.append('\n');
            }
            previous = group;
            out.append(line(row, widths)).append('\n');
        }
        out.append('\n').append(memoryAndStartup(false));
        out.append(failures());
        return out.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Learning Loop benchmark results\n\n");
        md.append("Measured ").append(env.date()).append(" with `").append(env.command()).append("`.\n\n");
        md.append(parameters()).append("\n\n");
        md.append("## Startup and memory\n\n");
        md.append(memoryAndStartup(true)).append('\n');
        md.append("## Throughput and latency\n\n");
        md.append('|');
        for (String h : HEADER) {
            md.append(' ').append(h).append(" |");
        }
        md.append("\n|");
        for (int c = 0; c < HEADER.length; c++) {
            md.append(c < 3 ? " --- |" : " ---: |");
        }
        md.append('\n');
        for (String[] row : rows()) {
            md.append('|');
            for (int c = 0; c < row.length; c++) {
                md.append(' ').append(c == 1 ? "`" + row[c] + "`" : row[c]).append(" |");
            }
            md.append('\n');
        }
        md.append('\n').append(method());
        String failures = failures();
        if (!failures.isEmpty()) {
            md.append("\n## Failures\n\n```\n").append(failures).append("```\n");
        }
        return md.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown());
    }

    private String parameters() {
        BenchConfig c = env.config();
        String text = String.format(Locale.ROOT,
            "%d instances per process and API in %d rounds taking turns, %d concurrent workers, after %d untimed"
                + " warm-up instances each; process `%s` against the baseline `%s` (one user task). %s; %s."
                + " Whole run %.0f s; machine load average %s before it, %s after.",
            c.instances(), c.rounds(), c.workers(), c.warmup(), c.process(), env.baselineKey(), env.machine(), env.jvm(),
            env.runSeconds(), number(env.loadBefore(), 1), number(env.loadAfter(), 1));
        if (Math.max(env.loadBefore(), env.loadAfter()) > env.cores()) {
            text += " The load exceeded the " + env.cores() + " cores: other programs competed for the CPU, so"
                + " these figures are lower than an idle machine gives.";
        }
        return text;
    }

    private String memoryAndStartup(boolean markdown) {
        String[][] rows = {
            {"Startup (Spring: \"Started LearningLoopApplication in\")", number(env.springStartedSeconds(), 1) + " s"},
            {"Startup (JVM launch to application ready)", number(env.jvmToReadySeconds(), 1) + " s"},
            {"Resident memory after startup (VmRSS)", ProcessMemory.mib(env.rssAfterStartupKiB())},
            {"Resident memory after the run (VmRSS)", ProcessMemory.mib(env.rssAfterRunKiB())},
            {"Peak resident memory (VmHWM)", ProcessMemory.mib(env.peakRssKiB())},
            {"Java heap live after the run (used after a full GC)", ProcessMemory.mib(env.liveHeapKiB())}};
        StringBuilder out = new StringBuilder();
        if (markdown) {
            out.append("| Measure | Value |\n| --- | ---: |\n");
            for (String[] row : rows) {
                out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
            }
        } else {
            for (String[] row : rows) {
                out.append(String.format("%-58s %s%n", row[0], row[1]));
            }
        }
        return out.toString();
    }

    private String method() {
        return """
            How it is measured: the application runs in-process (default profile, H2 in memory, job executor on,
            authorization on, history full, demo data on), its web server on a free port. The measured instances run
            in rounds in which every process and API takes its turn; in each turn phase 1 starts a batch of instances
            (as the scenario's starting user) and phase 2 drives each of them to its end: look up its open tasks (as the administrator), complete each as a user of the task's candidate
            group, until none is left and the instance has ended. "start instance" and "complete task" ops/s are
            each phase's own completed calls per second of that phase (summed over the rounds); "whole instance" is the start call plus the
            instance's phase-2 time (its task look-ups, completions and the end check), and its ops/s is instances
            finished per second of both phases. Java API: RuntimeService/TaskService with
            identityService.setAuthentication; REST API: java.net.http.HttpClient over loopback with HTTP Basic.
            Latencies from HdrHistogram. Ratios are this process divided by the baseline on the same API
            (ops/s below 1 and p50 above 1 mean more work per operation than a one-task process).
            """;
    }

    private String failures() {
        StringBuilder out = new StringBuilder();
        for (ScenarioRun.Result result : results) {
            if (result.failed() > 0) {
                out.append(String.format("FAILED: %d instance(s) of %s over the %s, first errors:%n", result.failed(),
                    result.processKey(), result.api()));
                result.errors().forEach(e -> out.append("  ").append(e).append('\n'));
            }
        }
        return out.toString();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            out.append(c < 3 ? pad(cell, widths[c]) : padLeft(cell, widths[c])).append("  ");
        }
        return out.toString().stripTrailing();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(width - s.length()) + s;
    }

    static String number(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String ratio(double value, double baseline) {
        if (Double.isNaN(value) || Double.isNaN(baseline) || baseline == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f", value / baseline);
    }
}
