package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Fires jobs explicitly, as the job executor (off in tests) would, failing loudly when the expected
 * one is missing: timers whatever their due date, and the asynchronous steps of a case.
 */
public final class Jobs {

    /** Rounds of due jobs run for one case before giving up (a job may create the next). */
    private static final int ROUNDS = 10;

    private Jobs() {
    }

    /** The one timer or async job of this activity, across all instances (e.g. a timer start). */
    public static Job single(ManagementService management, String activityId) {
        JobDefinition definition = management.createJobDefinitionQuery().activityIdIn(activityId).singleResult();
        assertThat(definition).as("job definition of activity '%s'", activityId).isNotNull();
        Job job = management.createJobQuery().jobDefinitionId(definition.getId()).singleResult();
        assertThat(job).as("job of activity '%s'", activityId).isNotNull();
        return job;
    }

    public static void execute(ManagementService management, String activityId) {
        management.executeJob(single(management, activityId).getId());
    }

    /** The one timer or async job of this activity in this process instance. */
    public static Job of(ProcessEngine engine, String processInstanceId, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
            .activityId(activityId).singleResult();
        assertThat(job).as("job of %s in process instance %s", activityId, processInstanceId).isNotNull();
        return job;
    }

    /** Runs the timer or async job of this activity in this process instance, whatever its due date. */
    public static void fire(ProcessEngine engine, String processInstanceId, String activityId) {
        engine.getManagementService().executeJob(of(engine, processInstanceId, activityId).getId());
    }

    /** Runs the timer or async job of this activity in the case with this reference, whatever its due date. */
    public static void fireInCase(ProcessEngine engine, String caseReference, String activityId) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
            .singleResult().getId();
        fire(engine, instance, activityId);
    }

    /**
     * Runs every job of the case (its process instances with this business key) that is due now,
     * round after round, as the job executor would: async steps such as the learning handover.
     */
    public static void runDue(ProcessEngine engine, String caseReference) {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < ROUNDS; round++) {
            Set<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).list().stream().map(Execution::getId)
                .collect(Collectors.toCollection(HashSet::new));
            if (instances.isEmpty()) {
                return;
            }
            List<Job> due = management.createJobQuery().executable().processInstanceIds(instances).list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
