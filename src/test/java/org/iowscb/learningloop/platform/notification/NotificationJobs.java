package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs this package's jobs as the job executor would (the executor is off in tests), one by one.
 */
final class NotificationJobs {

    /** The jobs that queue and send emails, and the due-date timers; not the daily digest. */
    static final Set<String> TASK_JOBS = Set.of(TaskEventJobHandler.TYPE, SendEmailJobHandler.TYPE,
        DeadlineJobHandler.TYPE);

    private final ManagementService management;

    NotificationJobs(ManagementService management) {
        this.management = management;
    }

    /**
     * Deletes every email job queued or scheduled so far (the daily digest aside): the cases other
     * tests left behind queued emails about their tasks that no job executor ever sent.
     */
    void forgetQueued() {
        all(TASK_JOBS.toArray(String[]::new)).forEach(job -> management.deleteJob(job.getId()));
    }

    /** Every job of these types, due or not, failed or not. */
    List<Job> all(String... types) {
        Set<String> wanted = Set.of(types);
        return management.createJobQuery().list().stream()
            .filter(job -> wanted.contains(((JobEntity) job).getJobHandlerType())).toList();
    }

    /** The jobs of these types the executor would take now: due, with retries left. */
    List<Job> due(Set<String> types) {
        return management.createJobQuery().executable().list().stream()
            .filter(job -> types.contains(((JobEntity) job).getJobHandlerType())).toList();
    }

    /**
     * Runs every due task job until none is left (a job may queue others); a failing job stays with its
     * back-off. Returns how many runs failed.
     */
    int runDue() {
        int failures = 0;
        for (int round = 0; round < 20; round++) {
            List<Job> due = due(TASK_JOBS);
            if (due.isEmpty()) {
                return failures;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    failures++;
                }
            }
        }
        throw new AssertionError("notification jobs still due after 20 rounds");
    }

    /** Runs one job whatever its due date, expecting it to fail. */
    void runExpectingFailure(String jobId) {
        try {
            management.executeJob(jobId);
        } catch (RuntimeException expected) {
            return;
        }
        throw new AssertionError("job " + jobId + " did not fail");
    }

    Job single(String type) {
        List<Job> jobs = all(type);
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.get(0);
    }
}
