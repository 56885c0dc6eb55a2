package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;

/** Fires jobs explicitly, failing loudly when the expected one is missing. */
public final class Jobs {

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
}
