package org.iowscb.learningloop.bench;

import java.nio.file.Path;
import java.time.Duration;

import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;

/**
 * The run's parameters, from system properties ({@code mvn -Pbench verify -Dbench.instances=500}); the
 * defaults finish in about two minutes on two cores.
 *
 * @param instances       {@code bench.instances}: instances per scenario and API (300)
 * @param workers         {@code bench.workers}: concurrent worker threads (4)
 * @param process         {@code bench.process}: process key of the scenario to measure (framework-annual-review)
 * @param warmup          {@code bench.warmup}: untimed instances per scenario and API run first (100)
 * @param rounds          {@code bench.rounds}: the measured instances are run in this many rounds in which the processes
 *                        and APIs take turns, so that a change of load hits each alike (3)
 * @param progressInterval {@code bench.progressSeconds}: seconds between progress lines (2)
 * @param instanceTimeout {@code bench.instanceTimeoutSeconds}: longest wait for an instance without an open task to end (60)
 * @param output          {@code bench.output}: folder of results.md (target/bench)
 * @param password        {@code bench.password}: the demo users' password (demo)
 * @param observer        {@code bench.observer}: administrator who looks tasks and instances up over REST (demo)
 */
record BenchConfig(int instances, int workers, String process, int warmup, int rounds, Duration progressInterval,
                   Duration instanceTimeout, Path output, String password, String observer) {

    static final int DEFAULT_INSTANCES = 300;
    static final int DEFAULT_WORKERS = 4;
    static final String DEFAULT_PROCESS = FrameworkAnnualReview.KEY;
    static final int DEFAULT_WARMUP = 100;
    static final int DEFAULT_ROUNDS = 3;

    static BenchConfig defaults() {
        return new BenchConfig(DEFAULT_INSTANCES, DEFAULT_WORKERS, DEFAULT_PROCESS, DEFAULT_WARMUP, DEFAULT_ROUNDS,
            Duration.ofSeconds(2), Duration.ofSeconds(60), Path.of("target/bench"), "demo", "demo");
    }

    static BenchConfig fromSystemProperties() {
        BenchConfig config = new BenchConfig(
            Integer.getInteger("bench.instances", DEFAULT_INSTANCES),
            Integer.getInteger("bench.workers", DEFAULT_WORKERS),
            System.getProperty("bench.process", DEFAULT_PROCESS),
            Integer.getInteger("bench.warmup", DEFAULT_WARMUP),
            Integer.getInteger("bench.rounds", DEFAULT_ROUNDS),
            Duration.ofSeconds(Integer.getInteger("bench.progressSeconds", 2)),
            Duration.ofSeconds(Integer.getInteger("bench.instanceTimeoutSeconds", 60)),
            Path.of(System.getProperty("bench.output", "target/bench")),
            System.getProperty("bench.password", "demo"),
            System.getProperty("bench.observer", "demo"));
        if (config.instances < 1 || config.workers < 1 || config.warmup < 0 || config.rounds < 1
            || config.rounds > config.instances || config.progressInterval.isZero()) {
            throw new IllegalArgumentException("bench.instances, bench.workers and bench.rounds must be at least 1,"
                + " bench.rounds at most bench.instances, bench.warmup at least 0 and bench.progressSeconds at least 1: "
                + config);
        }
        return config;
    }
}
