package org.iowscb.learningloop.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.iowscb.learningloop.LearningLoopApplication;
import org.iowscb.learningloop.bench.scenarios.BaselineOneTaskScenario;
import org.iowscb.learningloop.platform.notification.NotificationSwitch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cost of task emails (docs/readme/notifications.md), in one run against a local GreenMail:
 * <ol>
 *   <li>task completion with and without notifications: the chosen scenario ({@code bench.process}, over the
 *       Java and the REST API) in rounds that alternate the notification listener on and off
 *       ({@link NotificationSwitch}); the job executor is paused, so what is measured is what queuing adds
 *       to the person's transaction; reported as the ratio on/off of the completion latency;</li>
 *   <li>the queue that left, drained by the job executor;</li>
 *   <li>a burst of {@code bench.burst} (10,000) queued emails: with the executor paused, one-task baseline cases
 *       for the business unit (two members with an address) are started and their fan-out jobs run, which
 *       leaves one sending job per email; then the executor drains them into GreenMail; reported as emails per
 *       second and checked for duplicates (one Message-ID per queued email, each once, nothing arriving
 *       afterwards, nothing left unsent).</li>
 * </ol>
 * Run: {@code mvn -Pbench -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.iowscb.learningloop.bench.NotificationBenchMain}. Writes
 * {@code target/bench/notifications.md}. Exits 1 when an email is missing or duplicated.
 */
public final class NotificationBenchMain {

    private static final String DATASOURCE = "jdbc:h2:mem:bench-notifications;DB_CLOSE_DELAY=-1";
    private static final Set<String> EMAIL_JOBS = Set.of("ll-task-event", "ll-send-email");

    private NotificationBenchMain() {
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

    private static int run() throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        int burst = Integer.getInteger("bench.burst", 10_000);
        ScenarioCatalog catalog = new ScenarioCatalog();
        BenchScenario chosen = catalog.get(config.process());
        BenchScenario baseline = catalog.get(BaselineOneTaskScenario.KEY);
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));

        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ConfigurableApplicationContext context = SpringApplication.run(LearningLoopApplication.class,
            "--spring.datasource.url=" + DATASOURCE, "--server.port=0", "--learningloop.demo-data=true", "--learningloop.demo.cases=false",
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port, "--logging.level.org.iowscb=WARN");
        try {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
            NotificationSwitch notifications = context.getBean(NotificationSwitch.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            deploy(engine, chosen, baseline);
            executor.shutdown();

            JavaApiClient java = new JavaApiClient(engine);
            for (BenchScenario scenario : List.of(chosen, baseline)) {
                java.prepare(scenario.start().user());
                scenario.tasks().values().forEach(step -> java.prepare(step.user()));
            }
            int httpPort = ((WebServerApplicationContext) context).getWebServer().getPort();
            RestApiClient rest = new RestApiClient("http://127.0.0.1:" + httpPort + "/engine-rest", config.password(),
                config.observer());

            StringBuilder report = new StringBuilder();
            report.append("# Task emails: benchmark results\n\nMeasured ").append(date).append(" with `")
                .append("mvn -Pbench -DskipTests test-compile exec:java -Dexec.classpathScope=test"
                    + " -Dexec.mainClass=org.iowscb.learningloop.bench.NotificationBenchMain`; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", H2 in memory, GreenMail in the same JVM.\n\n");

            report.append("## Task completion with and without notifications\n\n")
                .append(String.format(Locale.ROOT, "Process `%s`, %d instances per API and mode after %d warm-up,"
                    + " %d rounds alternating notifications on and off, %d workers, job executor paused (the cost"
                    + " of queuing in the person's transaction). Load average before: %.1f.%n%n",
                    chosen.processKey(), config.instances(), config.warmup(), config.rounds(), config.workers(),
                    ProcessMemory.loadAverage()))
                .append("| API | operation | p50 on | p50 off | p50 on/off | mean on | mean off | mean on/off |"
                    + " p95 on | p95 off |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (EngineClient client : List.of(java, rest)) {
                ScenarioRun on = new ScenarioRun(chosen, client, config);
                ScenarioRun off = new ScenarioRun(chosen, client, config);
                if (config.warmup() > 0) {
                    notifications.turnOn();
                    new ScenarioRun(chosen, client, config).runBatch(config.warmup(), "warm-up on / " + client.api());
                    notifications.turnOff();
                    new ScenarioRun(chosen, client, config).runBatch(config.warmup(), "warm-up off / " + client.api());
                }
                for (int round = 0; round < config.rounds(); round++) {
                    int count = config.instances() / config.rounds() + (round < config.instances() % config.rounds() ? 1 : 0);
                    List<ScenarioRun> order = round % 2 == 0 ? List.of(on, off) : List.of(off, on);
                    for (ScenarioRun run : order) {
                        boolean notifying = run == on;
                        if (notifying) {
                            notifications.turnOn();
                        } else {
                            notifications.turnOff();
                        }
                        run.runBatch(count, String.format("%s notifications %s / %s (%d/%d)", chosen.processKey(),
                            notifying ? "on" : "off", client.api(), round + 1, config.rounds()));
                    }
                }
                notifications.turnOn();
                ScenarioRun.Result withEmails = on.result();
                ScenarioRun.Result without = off.result();
                if (withEmails.failed() + without.failed() > 0) {
                    throw new IllegalStateException("instances failed: " + withEmails.errors() + without.errors());
                }
                for (ScenarioRun.Op op : List.of(ScenarioRun.Op.COMPLETE, ScenarioRun.Op.START)) {
                    OpStats a = withEmails.stats().get(op);
                    OpStats b = without.stats().get(op);
                    report.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.2f |"
                            + " %.2f | %.2f |%n", client.api(), op.label, a.percentileMs(50), b.percentileMs(50),
                        a.percentileMs(50) / b.percentileMs(50), a.meanMs(), b.meanMs(), a.meanMs() / b.meanMs(),
                        a.percentileMs(95), b.percentileMs(95)));
                }
            }
            report.append("\nLatencies in milliseconds; \"on/off\" is the ratio (goal: at most 1.15).\n\n");
            report.append(cpuTimePerCompletion(java, chosen, notifications, Math.max(200, config.instances()),
                Math.max(100, config.warmup())));

            int queued = notificationJobs(jdbc);
            long drainStart = System.nanoTime();
            executor.start();
            waitUntil(() -> notificationJobs(jdbc) == 0, 600);
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
            int fromRuns = smtp.getReceivedMessages().length;
            report.append("## The queue left by the completions\n\n").append(String.format(Locale.ROOT,
                "%d email jobs were waiting; the job executor sent %d emails in %.1f s.%n%n", queued, fromRuns,
                drainSeconds));
            System.out.print(report);

            executor.shutdown();
            smtp.purgeEmailFromAllMailboxes();
            int cases = (burst + 1) / 2;
            int expected = cases * 2;
            long queueStart = System.nanoTime();
            startCases(engine, baseline, cases, config.workers());
            double startSeconds = (System.nanoTime() - queueStart) / 1e9;
            long fanOutStart = System.nanoTime();
            fanOut(engine, config.workers());
            double fanOutSeconds = (System.nanoTime() - fanOutStart) / 1e9;
            long waiting = unsent(jdbc);
            long burstStart = System.nanoTime();
            executor.start();
            waitUntil(() -> smtp.getReceivedMessages().length >= expected, 900);
            double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
            waitUntil(() -> notificationJobs(jdbc) == 0, 120);
            TimeUnit.SECONDS.sleep(3);
            MimeMessage[] received = smtp.getReceivedMessages();
            Set<String> ids = new HashSet<>();
            for (MimeMessage message : received) {
                ids.add(message.getMessageID());
            }
            long unsentAfter = unsent(jdbc);
            long incidents = engine.getRuntimeService().createIncidentQuery().count();
            boolean exact = received.length == expected && ids.size() == expected && waiting == expected
                && unsentAfter == 0 && incidents == 0;
            String burstReport = String.format(Locale.ROOT, "## A burst of %,d queued emails%n%n"
                    + "With the job executor paused, %,d one-task cases for the business unit were started in %.1f s"
                    + " and their %,d jobs fanned out (2 members with an address each) in %.1f s: %,d emails"
                    + " queued, one sending job each. The job executor (default settings: 3 to 10 threads) then"
                    + " delivered them to GreenMail in %.1f s: **%.0f emails/s**. Received %,d messages with %,d"
                    + " distinct Message-IDs; %d unsent afterwards; %d incidents: %s.%n",
                expected, cases, startSeconds, cases, fanOutSeconds, waiting, burstSeconds, waiting / burstSeconds,
                received.length, ids.size(), unsentAfter, incidents,
                exact ? "every email exactly once" : "MISSING OR DUPLICATED EMAILS");
            report.append(burstReport);
            System.out.print(burstReport);
            Path file = config.output().resolve("notifications.md");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, report.toString());
            System.out.println("Results written to " + file.toAbsolutePath());
            return exact ? 0 : 1;
        } finally {
            SpringApplication.exit(context);
            smtp.stop();
        }
    }

    /**
     * One thread, the notification listener switched on and off at every other case, so that drift (JIT,
     * growing tables, other programs) hits both alike: the completing thread's CPU time and wall time for
     * the scenario's first task, whose completion creates the next task (and so queues its email).
     */
    private static String cpuTimePerCompletion(JavaApiClient java, BenchScenario scenario,
                                               NotificationSwitch notifications, int perMode, int warmup) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OpStats[] cpu = {new OpStats(), new OpStats()};
        OpStats[] wall = {new OpStats(), new OpStats()};
        for (int i = 0; i < 2 * (warmup + perMode); i++) {
            int mode = i % 2;
            String instance = java.start(scenario.start());
            List<EngineClient.OpenTask> open = java.openTasks(instance);
            EngineClient.OpenTask first = open.get(0);
            TaskStep step = scenario.tasks().get(first.taskDefinitionKey());
            if (mode == 0) {
                notifications.turnOn();
            } else {
                notifications.turnOff();
            }
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            java.complete(first, step);
            long wallNanos = System.nanoTime() - wall0;
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpu0;
            notifications.turnOn();
            if (i >= 2 * warmup) {
                cpu[mode].recordNanos(cpuNanos);
                wall[mode].recordNanos(wallNanos);
            }
            for (EngineClient.OpenTask rest : java.openTasks(instance)) {
                java.complete(rest, scenario.tasks().get(rest.taskDefinitionKey()));
            }
        }
        return String.format(Locale.ROOT, "### One thread, alternating at every case%n%n"
                + "%d completions of the first task of `%s` per mode after %d warm-up, the listener on and off at"
                + " every other case, Java API, one thread: the completing thread's CPU time (what other programs"
                + " on the machine do not disturb) and its wall time, in milliseconds.%n%n"
                + "| measure | on | off | on/off |%n| --- | ---: | ---: | ---: |%n"
                + "| CPU time, median | %.3f | %.3f | **%.2f** |%n| CPU time, mean | %.3f | %.3f | %.2f |%n"
                + "| wall time, median | %.3f | %.3f | %.2f |%n| wall time, mean | %.3f | %.3f | %.2f |%n%n",
            perMode, scenario.processKey(), warmup,
            cpu[0].percentileMs(50), cpu[1].percentileMs(50), cpu[0].percentileMs(50) / cpu[1].percentileMs(50),
            cpu[0].meanMs(), cpu[1].meanMs(), cpu[0].meanMs() / cpu[1].meanMs(),
            wall[0].percentileMs(50), wall[1].percentileMs(50), wall[0].percentileMs(50) / wall[1].percentileMs(50),
            wall[0].meanMs(), wall[1].meanMs(), wall[0].meanMs() / wall[1].meanMs());
    }

    private static void deploy(ProcessEngine engine, BenchScenario... scenarios) {
        List<String> resources = new ArrayList<>();
        Arrays.stream(scenarios).forEach(s -> resources.addAll(s.deployResources()));
        if (!resources.isEmpty()) {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("learning-loop-bench").enableDuplicateFiltering(true);
            resources.forEach(deployment::addClasspathResource);
            deployment.deploy();
        }
    }

    /** Starts the cases as their starting user, on the workers, leaving their one task open. */
    private static void startCases(ProcessEngine engine, BenchScenario scenario, int cases, int workers)
        throws Exception {
        JavaApiClient client = new JavaApiClient(engine);
        client.prepare(scenario.start().user());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                done.add(pool.submit(() -> client.start(scenario.start())));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Runs the jobs that turn each task event into its emails, as the job executor would, on the workers. */
    private static void fanOut(ProcessEngine engine, int workers) throws Exception {
        List<String> jobIds = engine.getManagementService().createJobQuery().list().stream()
            .filter(job -> "ll-task-event".equals(((JobEntity) job).getJobHandlerType())).map(Job::getId).toList();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String id : jobIds) {
                done.add(pool.submit(() -> engine.getManagementService().executeJob(id)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int notificationJobs(JdbcTemplate jdbc) {
        Integer count = jdbc.queryForObject("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ in (?, ?)",
            Integer.class, EMAIL_JOBS.toArray());
        return count == null ? 0 : count;
    }

    private static long unsent(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from ll_notification where sent_at is null", Long.class);
        return count == null ? 0 : count;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done after " + seconds + " s");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
