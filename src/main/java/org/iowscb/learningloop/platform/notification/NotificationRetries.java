package org.iowscb.learningloop.platform.notification;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.MessageAddedNotification;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;

/**
 * Back-off for this package's jobs; every other job keeps the engine's own strategy. After the k-th failed
 * attempt the job waits the k-th of {@code learningloop.notifications.retry-intervals}; when it fails
 * once more after the last wait, its retries are 0 and the engine raises an incident (Cockpit shows it
 * against the task's process). The failed job is due at once then, so that "retry" in Cockpit (retries
 * set to 1) sends it straight away. A failure caused by an optimistic lock (another node changed the same
 * rows) does not count as an attempt.
 */
final class NotificationRetries implements FailedJobCommandFactory {

    static final Set<String> TYPES = Set.of(TaskEventJobHandler.TYPE, SendEmailJobHandler.TYPE,
        DeadlineJobHandler.TYPE, DailyDigestJobHandler.TYPE);

    private final FailedJobCommandFactory engineDefault;
    private final List<Duration> waits;

    NotificationRetries(FailedJobCommandFactory engineDefault, List<Duration> waits) {
        this.engineDefault = engineDefault;
        this.waits = List.copyOf(waits);
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        Command<Object> fallback = engineDefault.getCommand(jobId, exception);
        return commandContext -> {
            JobEntity job = commandContext.getJobManager().findJobById(jobId);
            if (job == null || !TYPES.contains(job.getJobHandlerType())) {
                return fallback.execute(commandContext);
            }
            failed(job, exception, commandContext);
            return null;
        };
    }

    private void failed(JobEntity job, Throwable exception, CommandContext commandContext) {
        boolean firstFailure = job.getExceptionByteArrayId() == null && job.getExceptionMessage() == null;
        if (exception != null) {
            job.setExceptionMessage(exception.getMessage());
            job.setExceptionStacktrace(ExceptionUtil.getExceptionStacktrace(exception));
        }
        job.unlock();
        if (exception instanceof OptimisticLockingException) {
            return;
        }
        int attempts = waits.size() + 1;
        int left = firstFailure ? attempts : job.getRetries();
        int failedAttempt = attempts - left;
        Date now = ClockUtil.getCurrentTime();
        job.setDuedate(left > 1 ? Date.from(now.toInstant().plus(waits.get(Math.max(0, Math.min(failedAttempt,
            waits.size() - 1))))) : now);
        job.setRetries(left - 1);
        commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
            new MessageAddedNotification(commandContext.getProcessEngineConfiguration().getJobExecutor()));
    }
}
