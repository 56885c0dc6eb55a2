package org.iowscb.learningloop.bench;

import java.util.List;

/**
 * The operations the harness times, once over the Java API and once over the REST API. Starts and
 * completions run as the scenario's demo user; looking up an instance's open tasks and whether it ended runs
 * as the administrator (the harness's own bookkeeping, not a person's work).
 */
interface EngineClient {

    /** "Java API" or "REST API". */
    String api();

    /** Starts one instance; returns its process instance id. */
    String start(StartStep start);

    /** The instance's open (active) user tasks. */
    List<OpenTask> openTasks(String processInstanceId);

    /** True once the instance has ended (no runtime instance left). */
    boolean hasEnded(String processInstanceId);

    void complete(OpenTask task, TaskStep step);

    record OpenTask(String id, String taskDefinitionKey) {
    }
}
