package org.iowscb.learningloop.platform.notification;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * Creates this package's engine jobs inside the running command, so they are written in the same
 * transaction as the task event (and vanish with it when it rolls back). The jobs carry the process
 * definition (its incidents show against that process in Cockpit) but no process instance or execution:
 * an email queued for a case is still sent after the case has ended. They are not exclusive, so many
 * emails go out in parallel.
 */
final class EngineJobs {

    private EngineJobs() {
    }

    /** A job to run as soon as the job executor takes it. */
    static void queue(String handlerType, String configuration, TaskSnapshot about) {
        MessageEntity job = new MessageEntity();
        describe(job, handlerType, configuration, about);
        commandContext().getJobManager().send(job);
    }

    /** A job to run at {@code dueDate}. */
    static void schedule(String handlerType, String configuration, Date dueDate, TaskSnapshot about) {
        TimerEntity timer = new TimerEntity();
        describe(timer, handlerType, configuration, about);
        timer.setDuedate(dueDate);
        commandContext().getJobManager().schedule(timer);
    }

    /** This package's jobs of one type and configuration (indexed by the engine on both). */
    static List<JobEntity> find(CommandContext commandContext, String handlerType, String configuration) {
        return commandContext.getJobManager().findJobsByConfiguration(handlerType, configuration, null);
    }

    private static void describe(JobEntity job, String handlerType, String configuration, TaskSnapshot about) {
        job.setJobHandlerType(handlerType);
        job.setJobHandlerConfigurationRaw(configuration);
        job.setExclusive(false);
        if (about != null) {
            job.setProcessDefinitionId(about.processDefinitionId());
            job.setProcessDefinitionKey(about.processDefinitionKey());
        }
    }

    /** The command the task listener runs in; listeners get no other handle on it. */
    private static CommandContext commandContext() {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext == null) {
            throw new IllegalStateException("notification jobs are created inside an engine command only");
        }
        return commandContext;
    }
}
