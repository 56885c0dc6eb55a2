package org.iowscb.learningloop.platform.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Email for every user task of every model, without a line in any BPMN file: a parse listener gives each
 * user task the built-in listener {@link TaskEvents} (create, assignment, update), the engine learns this
 * package's job handlers, and their failures get this package's back-off ({@link NotificationRetries}).
 */
@Component
class NotificationPlugin extends AbstractProcessEnginePlugin {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE,
        TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE);

    private final TaskEvents taskEvents;
    private final List<NotificationJobHandler> handlers;
    private final NotificationProperties properties;

    NotificationPlugin(NotificationSwitch notificationSwitch, TaskEventJobHandler taskEventJobs,
                       DeadlineJobHandler deadlines, SendEmailJobHandler sending, DailyDigestJobHandler digest,
                       NotificationProperties properties) {
        this.taskEvents = new TaskEvents(notificationSwitch);
        this.handlers = List.of(taskEventJobs, deadlines, sending, digest);
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                EVENTS.forEach(event -> task.addBuiltInTaskListener(event, taskEvents));
            }
        });
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        configuration.getCustomJobHandlers().addAll(handlers);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(
            new NotificationRetries(configuration.getFailedJobCommandFactory(), properties.retryWaits()));
    }

    @Override
    public String toString() {
        return "notificationPlugin";
    }
}
