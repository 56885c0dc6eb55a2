package org.iowscb.learningloop.platform.notification;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.EverLivingJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the daily digest job at start when it does not exist yet. Its fixed id makes it one job for the
 * whole cluster: a node that starts at the same moment as another and loses the race on the primary key
 * finds the job there, which is as good.
 */
@Component
class DailyDigestSchedule implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigestSchedule.class);

    private final ProcessEngine engine;
    private final DeadlineClock clock;

    DailyDigestSchedule(ProcessEngine engine, DeadlineClock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ProcessEngineConfigurationImpl configuration =
            (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try {
            configuration.getCommandExecutorTxRequiresNew().execute(create());
        } catch (RuntimeException anotherNodeCreatedIt) {
            if (!exists(configuration)) {
                throw anotherNodeCreatedIt;
            }
            LOG.debug("The daily digest job was created by another node", anotherNodeCreatedIt);
        }
    }

    private Command<Void> create() {
        return commandContext -> {
            if (commandContext.getJobManager().findJobById(DailyDigestJobHandler.JOB_ID) == null) {
                EverLivingJobEntity job = new EverLivingJobEntity();
                job.setId(DailyDigestJobHandler.JOB_ID);
                job.setJobHandlerType(DailyDigestJobHandler.TYPE);
                job.setExclusive(false);
                job.setDuedate(clock.nextDigest(ClockUtil.getCurrentTime()));
                job.insert();
            }
            return null;
        };
    }

    private static boolean exists(ProcessEngineConfigurationImpl configuration) {
        return configuration.getCommandExecutorTxRequiresNew().execute(
            commandContext -> commandContext.getJobManager().findJobById(DailyDigestJobHandler.JOB_ID) != null);
    }
}
