package org.iowscb.learningloop.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.iowscb.learningloop.LearningLoopApplication;
import org.iowscb.learningloop.bench.scenarios.BaselineOneTaskScenario;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark: {@code mvn -Pbench verify} (see src/bench/README.md). Starts the application in this JVM
 * (default profile on an in-memory H2, web server on a free port), then measures the chosen process
 * ({@code -Dbench.process}) and the one-task baseline, each over the Java API and over the REST API, prints
 * progress and a table, and writes {@code target/bench/results.md}. Exits 1 when any instance
 * failed, 2 when the run itself could not go on.
 */
public final class BenchMain {

    static final String DATASOURCE = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";

    private BenchMain() {
    }

    public static void main(String[] args) {
        if ("board".equals(System.getProperty("bench.main"))) {
            BoardBenchMain.main(args);
            return;
        }
        int exitCode;
        try {
            exitCode = run();
        } catch (Throwable e) {
            e.printStackTrace();
            exitCode = 2;
        }
        // the job executor and web server threads are gone with the context; exit also if a library left one
        System.exit(exitCode);
    }

    /** 0 when every instance ran to its end, 1 when any failed. */
    private static int run() throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        ScenarioCatalog catalog = new ScenarioCatalog();
        BenchScenario chosen = catalog.get(config.process());
        BenchScenario baseline = catalog.get(BaselineOneTaskScenario.KEY);
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        System.out.printf("Learning Loop benchmark %s: process %s vs %s, %d instances, %d workers, %d warm-up%n",
            date, chosen.processKey(), baseline.processKey(), config.instances(), config.workers(), config.warmup());

        AtomicLong springStartedMillis = new AtomicLong(-1);
        AtomicLong jvmToReadyMillis = new AtomicLong(-1);
        SpringApplication application = new SpringApplication(LearningLoopApplication.class);
        application.addListeners(event -> {
            if (event instanceof ApplicationStartedEvent started && started.getTimeTaken() != null) {
                springStartedMillis.set(started.getTimeTaken().toMillis());
            } else if (event instanceof ApplicationReadyEvent) {
                jvmToReadyMillis.set(ManagementFactory.getRuntimeMXBean().getUptime());
            }
        });
        ConfigurableApplicationContext context = application.run(
            "--spring.datasource.url=" + DATASOURCE,
            "--server.port=0",
            "--learningloop.demo-data=true", "--learningloop.demo.cases=false");
        int exitCode = 1;
        try {
            long rssAfterStartup = ProcessMemory.rssKiB();
            System.out.printf("Application ready: Spring started in %.1f s, JVM launch to ready %.1f s, RSS %s%n",
                springStartedMillis.get() / 1000.0, jvmToReadyMillis.get() / 1000.0, ProcessMemory.mib(rssAfterStartup));

            ProcessEngine engine = context.getBean(ProcessEngine.class);
            deploy(engine.getRepositoryService(), chosen, baseline);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            JavaApiClient java = new JavaApiClient(engine);
            for (BenchScenario scenario : List.of(chosen, baseline)) {
                java.prepare(scenario.start().user());
                scenario.tasks().values().forEach(step -> java.prepare(step.user()));
            }
            RestApiClient rest = new RestApiClient("http://127.0.0.1:" + port + "/engine-rest",
                config.password(), config.observer());
            List<EngineClient> clients = List.of(java, rest);
            List<BenchScenario> scenarios = chosen == baseline ? List.of(chosen) : List.of(chosen, baseline);

            double loadBefore = ProcessMemory.loadAverage();
            long runBegin = System.nanoTime();
            if (config.warmup() > 0) {
                System.out.printf("Warm-up: %d instances per process and API (not measured)%n", config.warmup());
                for (EngineClient client : clients) {
                    for (BenchScenario scenario : scenarios) {
                        ScenarioRun warm = new ScenarioRun(scenario, client, config);
                        warm.runBatch(config.warmup(), "warm-up " + scenario.processKey() + " / " + client.api());
                        if (warm.result().failed() > 0) {
                            System.out.println("Warm-up failed: " + warm.result().errors());
                        }
                    }
                }
            }
            System.out.printf("Measuring: %d instances per process and API in %d rounds, %d workers%n",
                config.instances(), config.rounds(), config.workers());
            Map<String, ScenarioRun> runs = new LinkedHashMap<>();
            for (EngineClient client : clients) {
                for (BenchScenario scenario : scenarios) {
                    runs.put(client.api() + scenario.processKey(), new ScenarioRun(scenario, client, config));
                }
            }
            for (int round = 0; round < config.rounds(); round++) {
                // the rounds take turns, so a change of load on a shared machine hits every process alike
                int count = config.instances() / config.rounds() + (round < config.instances() % config.rounds() ? 1 : 0);
                for (EngineClient client : clients) {
                    for (BenchScenario scenario : scenarios) {
                        runs.get(client.api() + scenario.processKey()).runBatch(count, String.format(
                            "%s / %s (%d/%d)", scenario.processKey(), client.api(), round + 1, config.rounds()));
                    }
                }
            }
            List<ScenarioRun.Result> results = runs.values().stream().map(ScenarioRun::result).toList();
            double runSeconds = (System.nanoTime() - runBegin) / 1e9;
            double loadAfter = ProcessMemory.loadAverage();
            long rssAfterRun = ProcessMemory.rssKiB();
            long peakRss = ProcessMemory.peakRssKiB();
            long liveHeap = ProcessMemory.liveHeapKiB();

            Runtime runtime = Runtime.getRuntime();
            Report report = new Report(new Report.Environment(date, "mvn -Pbench verify" + overrides(config), config,
                baseline.processKey(),
                String.format(Locale.ROOT, "%d cores, %s %s", runtime.availableProcessors(),
                    System.getProperty("os.name"), System.getProperty("os.arch")),
                String.format(Locale.ROOT, "Java %s, max heap %d MiB%s", System.getProperty("java.version"),
                    runtime.maxMemory() / (1024 * 1024), jvmFlags()),
                springStartedMillis.get() / 1000.0, jvmToReadyMillis.get() / 1000.0, rssAfterStartup,
                rssAfterRun, peakRss, liveHeap, runSeconds, loadBefore, loadAfter, runtime.availableProcessors()),
                results);
            System.out.print(report.console());
            Path file = config.output().resolve("results.md");
            report.write(file);
            System.out.println("Results written to " + file.toAbsolutePath());
            exitCode = results.stream().anyMatch(r -> r.failed() > 0) ? 1 : 0;
        } finally {
            SpringApplication.exit(context);
        }
        return exitCode;
    }

    /** Deploys the scenarios' bench-only models and checks every measured process is deployed. */
    private static void deploy(RepositoryService repository, BenchScenario... scenarios) {
        Set<String> resources = new LinkedHashSet<>();
        for (BenchScenario scenario : scenarios) {
            resources.addAll(scenario.deployResources());
        }
        if (!resources.isEmpty()) {
            DeploymentBuilder deployment = repository.createDeployment().name("learning-loop-bench")
                .enableDuplicateFiltering(true);
            resources.forEach(deployment::addClasspathResource);
            deployment.deploy();
        }
        for (BenchScenario scenario : scenarios) {
            if (repository.createProcessDefinitionQuery().processDefinitionKey(scenario.processKey()).count() == 0) {
                throw new IllegalStateException("Process " + scenario.processKey() + " is not deployed");
            }
        }
    }

    /** The parameters that differ from the defaults, as they would be written on the command line. */
    private static String overrides(BenchConfig config) {
        BenchConfig defaults = BenchConfig.defaults();
        StringBuilder out = new StringBuilder();
        if (config.instances() != defaults.instances()) {
            out.append(" -Dbench.instances=").append(config.instances());
        }
        if (config.workers() != defaults.workers()) {
            out.append(" -Dbench.workers=").append(config.workers());
        }
        if (!config.process().equals(defaults.process())) {
            out.append(" -Dbench.process=").append(config.process());
        }
        if (config.warmup() != defaults.warmup()) {
            out.append(" -Dbench.warmup=").append(config.warmup());
        }
        if (config.rounds() != defaults.rounds()) {
            out.append(" -Dbench.rounds=").append(config.rounds());
        }
        return out.toString();
    }

    private static String jvmFlags() {
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> !a.startsWith("-Dbench.")).toList();
        return flags.isEmpty() ? ", default JVM options" : ", JVM options " + String.join(" ", flags);
    }
}
