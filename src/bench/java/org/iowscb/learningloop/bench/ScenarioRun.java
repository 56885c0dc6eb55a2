package org.iowscb.learningloop.bench;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * One scenario over one API: batches of instances, C worker threads, each batch in two phases so that each
 * operation's throughput is its own. Phase 1 starts every instance; phase 2 drives every started instance to its end
 * (look up its open tasks, complete each as the scenario says, until none is left and the instance has ended).
 * An instance's "whole instance" time is its start call plus its phase-2 time: the time the API spent on that
 * case from its start to its confirmed end.
 */
final class ScenarioRun {

    enum Op {
        START("start instance"),
        COMPLETE("complete task"),
        FIND("find open tasks"),
        INSTANCE("whole instance");

        final String label;

        Op(String label) {
            this.label = label;
        }
    }

    record Result(String processKey, String api, int instances, int workers, Map<Op, OpStats> stats,
                  Map<Op, Double> opsPerSecond, double startSeconds, double driveSeconds, int failed,
                  List<String> errors) {
    }

    private static final int ERRORS_KEPT = 5;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final BenchScenario scenario;
    private final Map<String, TaskStep> steps;
    private final EngineClient client;
    private final BenchConfig config;

    private final Map<Op, OpStats> stats = new EnumMap<>(Op.class);
    private final AtomicInteger failed = new AtomicInteger();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private int instances;
    private double startSeconds;
    private double driveSeconds;

    ScenarioRun(BenchScenario scenario, EngineClient client, BenchConfig config) {
        this.scenario = scenario;
        this.steps = Map.copyOf(scenario.tasks());
        this.client = client;
        this.config = config;
        for (Op op : Op.values()) {
            stats.put(op, new OpStats());
        }
    }

    /**
     * Runs one batch of instances (both phases); the figures add up over the batches, so batches of two
     * scenarios can take turns and a change in the machine's load hits both alike.
     */
    void runBatch(int count, String label) throws InterruptedException {
        String[] ids = new String[count];
        long[] startNanos = new long[count];

        startSeconds += phase(label, "start", count, i -> {
            long t0 = System.nanoTime();
            ids[i] = client.start(scenario.start());
            startNanos[i] = System.nanoTime() - t0;
            stats.get(Op.START).recordNanos(startNanos[i]);
        });
        driveSeconds += phase(label, "drive", count, i -> {
            if (ids[i] == null) {
                return; // its start failed, already counted
            }
            long t0 = System.nanoTime();
            drive(ids[i]);
            stats.get(Op.INSTANCE).recordNanos(startNanos[i] + System.nanoTime() - t0);
        });
        instances += count;
    }

    /** The figures of every batch so far. */
    Result result() {
        Map<Op, Double> rates = new EnumMap<>(Op.class);
        rates.put(Op.START, stats.get(Op.START).count() / startSeconds);
        rates.put(Op.COMPLETE, stats.get(Op.COMPLETE).count() / driveSeconds);
        rates.put(Op.FIND, stats.get(Op.FIND).count() / driveSeconds);
        rates.put(Op.INSTANCE, stats.get(Op.INSTANCE).count() / (startSeconds + driveSeconds));
        return new Result(scenario.processKey(), client.api(), instances, config.workers(), stats, rates,
            startSeconds, driveSeconds, failed.get(), List.copyOf(errors));
    }

    /** Drives one instance until it has no open task and has ended. */
    private void drive(String processInstanceId) {
        long deadline = System.nanoTime() + config.instanceTimeout().toNanos();
        int completed = 0;
        while (true) {
            long t0 = System.nanoTime();
            List<EngineClient.OpenTask> open = client.openTasks(processInstanceId);
            stats.get(Op.FIND).recordNanos(System.nanoTime() - t0);
            if (open.isEmpty()) {
                if (client.hasEnded(processInstanceId)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("instance " + processInstanceId + " has no open user task and"
                        + " has not ended after " + config.instanceTimeout().toSeconds() + " s");
                }
                sleep(5); // an asynchronous continuation or a timer is still to run
                continue;
            }
            for (EngineClient.OpenTask task : open) {
                TaskStep step = steps.get(task.taskDefinitionKey());
                if (step == null) {
                    throw new IllegalStateException("scenario " + scenario.getClass().getSimpleName()
                        + " has no step for task '" + task.taskDefinitionKey() + "' (instance " + processInstanceId + ")");
                }
                if (++completed > scenario.maxTasksPerInstance()) {
                    throw new IllegalStateException("instance " + processInstanceId + " still has tasks after "
                        + scenario.maxTasksPerInstance() + " completions: does the scenario loop?");
                }
                long t1 = System.nanoTime();
                client.complete(task, step);
                stats.get(Op.COMPLETE).recordNanos(System.nanoTime() - t1);
            }
        }
    }

    /** Runs {@code work} for 0..total-1 on the workers; returns the phase's wall-clock seconds. */
    private double phase(String label, String name, int total, IntConsumer work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(config.workers(), r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-progress");
            t.setDaemon(true);
            return t;
        });
        long begin = System.nanoTime();
        long[] last = {begin, 0};
        long every = config.progressInterval().toMillis();
        progress.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            long count = done.get();
            double rate = (count - last[1]) / ((now - last[0]) / 1e9);
            double average = count / ((now - begin) / 1e9);
            last[0] = now;
            last[1] = count;
            System.out.printf("  %s  %-48s %-5s %5d/%d  %7.1f/s now  %7.1f/s avg  failed %d%n",
                LocalTime.now().format(CLOCK), label, name, count, total, rate, average, failed.get());
        }, every, every, TimeUnit.MILLISECONDS);

        List<Callable<Void>> loops = new ArrayList<>();
        for (int w = 0; w < config.workers(); w++) {
            loops.add(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    try {
                        work.accept(i);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        if (errors.size() < ERRORS_KEPT) {
                            errors.add(name + ": " + e);
                        }
                    }
                    done.incrementAndGet();
                }
                return null;
            });
        }
        try {
            for (Future<Void> loop : workers.invokeAll(loops)) {
                loop.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
            progress.shutdownNow();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf("  %s  %-48s %-5s %5d/%d  done in %.1f s, %.1f/s  failed %d%n",
            LocalTime.now().format(CLOCK), label, name, done.get(), total, seconds, total / seconds, failed.get());
        return seconds;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
