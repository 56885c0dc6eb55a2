package org.iowscb.learningloop.platform.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.iowscb.learningloop.platform.notification.Recipients.Recipient;
import org.springframework.stereotype.Component;

/**
 * The one daily job of the whole cluster (a job with a fixed id, so however many nodes start, there is
 * one): on a working day it queues a digest for everyone who chose one and has an open task, forgets sent
 * emails older than {@code keep-sent-days}, and sets itself for the next working day's
 * {@code digest-time}. The job executor's lock makes one node run it.
 */
@Component
class DailyDigestJobHandler extends NotificationJobHandler {

    static final String TYPE = "ll-daily-digest";
    /** The job's id: the same on every node. */
    static final String JOB_ID = "ll-daily-digest";

    private final NotificationOutbox outbox;
    private final DeadlineClock clock;
    private final NotificationProperties properties;

    DailyDigestJobHandler(NotificationOutbox outbox, DeadlineClock clock, NotificationProperties properties) {
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
                        String tenantId) {
        Date now = ClockUtil.getCurrentTime();
        LocalDate today = clock.today(now);
        if (clock.isWorkingDay(today)) {
            Recipients recipients = new Recipients(commandContext.getProcessEngineConfiguration().getIdentityService());
            var tasks = commandContext.getProcessEngineConfiguration().getTaskService();
            for (Recipient subscriber : recipients.digestSubscribers()) {
                if (OpenTasks.of(tasks, subscriber.userId()).count() > 0) {
                    outbox.queue(NotificationKind.DIGEST, "digest:" + today + ":" + subscriber.userId(), subscriber,
                        null, null);
                }
            }
        }
        outbox.forgetSentBefore(Date.from(now.toInstant().minus(Duration.ofDays(properties.keepSentDays()))));
        JobEntity self = commandContext.getCurrentJob();
        self.setDuedate(clock.nextDigest(now));
        self.setLockOwner(null);
        self.setLockExpirationTime(null);
    }
}
