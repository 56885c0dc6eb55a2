package org.iowscb.learningloop.bench.scenarios;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.bench.BenchScenario;
import org.iowscb.learningloop.bench.StartStep;
import org.iowscb.learningloop.bench.TaskStep;

/**
 * The baseline: start, one user task for the business unit, end (src/bench/resources/bench/baseline-one-task.bpmn,
 * deployed by the harness, never by the application). It still gets the platform's own work that every model
 * gets (case reference, full history, authorizations), so a ratio to it shows what a process adds on top.
 */
public class BaselineOneTaskScenario implements BenchScenario {

    public static final String KEY = "bench-baseline-one-task";
    static final String TASK = "bench-task";
    /** Demo user bu, in business-unit, which may start every process and is the task's candidate group. */
    static final String BUSINESS_UNIT_USER = "bu";

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public StartStep start() {
        return StartStep.processDefinitionKey(KEY, BUSINESS_UNIT_USER,
            () -> Variables.createVariables().putValue("note", "Benchmark baseline"));
    }

    @Override
    public Map<String, TaskStep> tasks() {
        return Map.of(TASK, TaskStep.completeAs(BUSINESS_UNIT_USER,
            () -> Variables.createVariables().putValue("done", Boolean.TRUE)));
    }

    @Override
    public List<String> deployResources() {
        return List.of("bench/baseline-one-task.bpmn");
    }
}
