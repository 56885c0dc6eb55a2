package org.iowscb.learningloop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.iowscb.learningloop.LearningLoopApplication;
import org.iowscb.learningloop.learning.LearningRegister;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The board benchmark: {@code mvn -Pbench verify -Dbench.main=board} (see src/bench/README.md). Creates a
 * fresh PostgreSQL database, starts the application in this JVM on it (profile {@code postgres}, authorization
 * on, job executor off, demo users), seeds cases through the engine in stages ({@code bench.boardCases}, 2,000
 * then 20,000 in total), runs ANALYZE, and at each stage measures over HTTP, as a person waits: {@code GET
 * /board/} as the Board and as the police (an agency, scoped), and the annual report of the current year as
 * page and as PDF. Writes {@code target/bench/board.md} with the ratios of the last stage to the first, and
 * drops the database unless {@code bench.keepDatabase} is true. Exits 1 when a goal is missed or seeding
 * failed, 2 when the run could not go on.
 */
public final class BoardBenchMain {

    /** p95 of the board page at the last stage, at most (ms). */
    static final double PAGE_P95_GOAL_MS = 300;
    /** Time at the last stage over time at the first, at most, for 10 times the data. */
    static final double SCALING_GOAL = 2.0;
    /** The PDF of a year, at most (ms). */
    static final double PDF_GOAL_MS = 5_000;

    private BoardBenchMain() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = run();
        } catch (Throwable e) {
            e.printStackTrace();
            exitCode = 2;
        }
        System.exit(exitCode);
    }

    record Config(List<Integer> stages, int workers, int requests, int warmup, int reportRuns, String server,
                  String database, boolean keepDatabase, String password, Path output) {

        static Config fromSystemProperties() {
            List<Integer> stages = Arrays.stream(System.getProperty("bench.boardCases", "2000,20000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
            for (int i = 1; i < stages.size(); i++) {
                if (stages.get(i) <= stages.get(i - 1)) {
                    throw new IllegalArgumentException("bench.boardCases must rise: " + stages);
                }
            }
            return new Config(stages, Integer.getInteger("bench.workers", 4),
                Integer.getInteger("bench.boardRequests", 50), Integer.getInteger("bench.boardWarmup", 10),
                Integer.getInteger("bench.reportRuns", 5),
                System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("bench.database", "ll_bench_board"),
                Boolean.getBoolean("bench.keepDatabase"), System.getProperty("bench.password", "demo"),
                Path.of(System.getProperty("bench.output", "target/bench")));
        }
    }

    /** The latencies of one measured request at one stage. */
    record Measure(String what, int cases, long[] millis) {
        double percentile(double p) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    private static int run() throws Exception {
        Config config = Config.fromSystemProperties();
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        System.out.printf("Learning Loop board benchmark %s: stages %s cases, %d workers, %d requests per measure%n",
            date, config.stages(), config.workers(), config.requests());
        recreate(config);
        ConfigurableApplicationContext context = new SpringApplication(LearningLoopApplication.class).run(
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=" + config.server() + config.database(),
            "--spring.datasource.username=postgres",
            "--server.port=0",
            "--camunda.bpm.authorization.enabled=true",
            "--camunda.bpm.job-execution.enabled=false",
            "--learningloop.demo-data=true", "--learningloop.demo.cases=false",
            "--logging.level.org.camunda.bpm.engine.context=off");
        int exitCode = 1;
        List<Measure> measures = new ArrayList<>();
        Map<Integer, String> seeding = new LinkedHashMap<>();
        try {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            BoardSeeder seeder = new BoardSeeder(engine, context.getBean(LearningRegister.class), config.workers());
            DataSource dataSource = context.getBean(DataSource.class);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            int reportYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;

            int seeded = 0;
            for (int cases : config.stages()) {
                System.out.printf("Seeding cases %,d to %,d (%d workers)%n", seeded + 1, cases, config.workers());
                long begin = System.nanoTime();
                seeder.seed(seeded, cases, today);
                double seconds = (System.nanoTime() - begin) / 1e9;
                analyze(dataSource);
                String counts = counts(dataSource);
                seeding.put(cases, String.format(Locale.ROOT, "%,d cases added in %.0f s; %s", cases - seeded, seconds,
                    counts));
                System.out.printf("Stage %,d: %s%n", cases, seeding.get(cases));
                if (seeder.failed() > 0) {
                    System.out.println("Seeding failures: " + seeder.failed() + ", first: " + seeder.firstErrors());
                }
                seeded = cases;

                measures.add(measure(http, base, "board", "/board/", "`GET /board/` as `board`", cases, config));
                measures.add(measure(http, base, "police", "/board/", "`GET /board/` as `police`", cases, config));
                Config fewer = new Config(config.stages(), config.workers(), config.reportRuns(),
                    Math.min(2, config.warmup()), config.reportRuns(), config.server(), config.database(),
                    config.keepDatabase(), config.password(), config.output());
                measures.add(measure(http, base, "board", "/board/report?year=" + reportYear,
                    "`GET /board/report?year=" + reportYear + "` as `board`", cases, fewer));
                measures.add(measure(http, base, "board", "/board/report.pdf?year=" + reportYear,
                    "`GET /board/report.pdf?year=" + reportYear + "` as `board`", cases, fewer));
            }
            String report = report(date, config, seeding, measures);
            System.out.print(report);
            Path file = config.output().resolve("board.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println("Results written to " + file.toAbsolutePath());
            exitCode = seeder.failed() > 0 || !goalsMet(config, measures) ? 1 : 0;
        } finally {
            SpringApplication.exit(context);
            if (!config.keepDatabase()) {
                drop(config);
            }
        }
        return exitCode;
    }

    private static Measure measure(HttpClient http, String base, String user, String path, String what, int cases,
                                   Config config) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString((user + ":" + config.password()).getBytes(StandardCharsets.UTF_8)))
            .GET().build();
        for (int i = 0; i < config.warmup(); i++) {
            send(http, request);
        }
        long[] millis = new long[config.requests()];
        for (int i = 0; i < millis.length; i++) {
            long begin = System.nanoTime();
            send(http, request);
            millis[i] = (System.nanoTime() - begin) / 1_000_000;
        }
        Measure measure = new Measure(what, cases, millis);
        System.out.printf(Locale.ROOT, "  %s at %,d cases: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (%d requests)%n",
            what, cases, measure.percentile(50), measure.percentile(95), measure.percentile(99), millis.length);
        return measure;
    }

    private static void send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                + new String(response.body(), StandardCharsets.UTF_8).lines().limit(5).toList());
        }
    }

    private static boolean goalsMet(Config config, List<Measure> measures) {
        int last = config.stages().get(config.stages().size() - 1);
        int first = config.stages().get(0);
        boolean met = true;
        for (Measure measure : measures) {
            if (measure.cases() == last && measure.what().contains("/board/`") && measure.percentile(95) > PAGE_P95_GOAL_MS) {
                met = false;
            }
            if (measure.cases() == last && measure.what().contains("report.pdf") && measure.percentile(95) > PDF_GOAL_MS) {
                met = false;
            }
            if (measure.cases() == last && first != last) {
                Measure before = find(measures, measure.what(), first);
                if (before != null && measure.percentile(50) > SCALING_GOAL * Math.max(1, before.percentile(50))) {
                    met = false;
                }
            }
        }
        return met;
    }

    private static Measure find(List<Measure> measures, String what, int cases) {
        return measures.stream().filter(m -> m.what().equals(what) && m.cases() == cases).findFirst().orElse(null);
    }

    private static String report(String date, Config config, Map<Integer, String> seeding, List<Measure> measures) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder out = new StringBuilder();
        out.append("# Board page and annual report at scale\n\n");
        out.append(String.format(Locale.ROOT, "%s; `mvn -Pbench verify -Dbench.main=board -Dbench.boardCases=%s`; "
                + "%d cores, Java %s, max heap %d MiB; load average %.1f at the end.%n%n", date,
            String.join(",", config.stages().stream().map(String::valueOf).toList()), runtime.availableProcessors(),
            System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024), ProcessMemory.loadAverage()));
        seeding.forEach((cases, line) -> out.append("- ").append(String.format(Locale.ROOT, "%,d", cases))
            .append(" cases: ").append(line).append('\n'));
        out.append("\n| Request | Cases | Runs | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Measure m : measures) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %d | %.0f | %.0f | %.0f |%n", m.what(), m.cases(),
                m.millis().length, m.percentile(50), m.percentile(95), m.percentile(99)));
        }
        int first = config.stages().get(0);
        int last = config.stages().get(config.stages().size() - 1);
        if (first != last) {
            out.append(String.format(Locale.ROOT, "%n**%,d cases against %,d** (%.0f times the data; goal: at most %.0f "
                + "times the time)%n%n| Request | p50 ratio | p95 ratio |%n| --- | ---: | ---: |%n", last, first,
                (double) last / first, SCALING_GOAL));
            for (Measure m : measures) {
                if (m.cases() == last) {
                    Measure before = find(measures, m.what(), first);
                    out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", m.what(),
                        m.percentile(50) / Math.max(1, before.percentile(50)),
                        m.percentile(95) / Math.max(1, before.percentile(95))));
                }
            }
        }
        out.append(String.format(Locale.ROOT, "%nGoals: p95 of `/board/` at most %.0f ms at %,d cases; the PDF of a year "
            + "in at most %.0f s; %s.%n", PAGE_P95_GOAL_MS, last, PDF_GOAL_MS / 1000,
            goalsMet(config, measures) ? "**all met**" : "**not all met**"));
        return out.toString();
    }

    private static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    private static String counts(DataSource dataSource) throws SQLException {
        StringBuilder counts = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String[] table : new String[][] {{"act_hi_procinst", "process instances"},
                {"act_hi_procinst where end_time_ is null", "open"}, {"act_ru_task", "open tasks"},
                {"act_hi_taskinst", "tasks in history"}, {"act_hi_actinst", "activity instances in history"},
                {"act_hi_varinst", "variables in history"}, {"ll_action", "actions in the register"},
                {"ll_lesson", "lessons"}}) {
                try (var rows = statement.executeQuery("select count(*) from " + table[0])) {
                    rows.next();
                    counts.append(counts.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s",
                        rows.getLong(1), table[1]));
                }
            }
        }
        return counts.toString();
    }

    private static void recreate(Config config) throws SQLException {
        drop(config);
        try (Connection connection = DriverManager.getConnection(config.server() + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + config.database());
            // a benchmark database need not wait for the disk at every commit: seeding is commit-bound otherwise
            statement.execute("alter database " + config.database() + " set synchronous_commit = off");
        }
    }

    private static void drop(Config config) {
        try (Connection connection = DriverManager.getConnection(config.server() + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + config.database() + " with (force)");
        } catch (SQLException e) {
            System.out.println("Could not drop database " + config.database() + ": " + e.getMessage());
        }
    }
}
