package org.iowscb.learningloop.platform.notification;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** A job handler of this package: its configuration is a plain string (JSON or an id). */
abstract class NotificationJobHandler implements JobHandler<NotificationJobHandler.Configuration> {

    /** The job's configuration as stored. */
    record Configuration(String value) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return value;
        }
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
        return new Configuration(canonicalString);
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
        // nothing held outside the job
    }
}
