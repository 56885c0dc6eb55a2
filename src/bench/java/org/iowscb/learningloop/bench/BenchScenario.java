package org.iowscb.learningloop.bench;

import java.util.List;
import java.util.Map;

/**
 * One process the benchmark can drive: how an instance starts, and for each user task (by its task
 * definition key) who completes it and with which variables. The harness does the rest, the same way
 * over the Java API and over the REST API.
 *
 * <p>To benchmark another process, write one class implementing this interface with a public no-argument
 * constructor anywhere under {@code org.iowscb.learningloop.bench} (by convention in
 * {@code org.iowscb.learningloop.bench.scenarios}); {@link ScenarioCatalog} finds it on the classpath and
 * {@code -Dbench.process=<its processKey()>} selects it. No registration anywhere else.
 */
public interface BenchScenario {

    /** The process definition key; what {@code -Dbench.process} names. */
    String processKey();

    /** How one instance is started, and as whom. */
    StartStep start();

    /**
     * For every user task the instance reaches, by task definition key: the user who completes it and the
     * completion variables. A task whose key is missing here fails the instance, so the map must be complete
     * for the path the variables choose.
     */
    Map<String, TaskStep> tasks();

    /**
     * Classpath resources the harness deploys before the run: bench-only models (the baseline). Models of
     * {@code processes/} are deployed by the application itself, so their scenarios leave this empty.
     */
    default List<String> deployResources() {
        return List.of();
    }

    /** The most user tasks one instance may complete before the harness calls it a loop and fails it. */
    default int maxTasksPerInstance() {
        return 50;
    }
}
