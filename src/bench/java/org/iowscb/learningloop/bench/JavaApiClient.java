package org.iowscb.learningloop.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;

/**
 * The engine's Java API, in-process. Each start and completion runs with {@code identityService.setAuthentication}
 * as the step's user with that user's groups, so the engine checks its authorizations as it would for that
 * person; lookups run without an authentication (no checks, as the administrator).
 */
final class JavaApiClient implements EngineClient {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Map<String, List<String>> groupsByUser = new ConcurrentHashMap<>();

    JavaApiClient(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
    }

    @Override
    public String api() {
        return "Java API";
    }

    /** Looks the user's groups up once, before the timed calls. */
    void prepare(String user) {
        groupsByUser.computeIfAbsent(user, u -> {
            List<String> groups = identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList();
            if (identity.createUserQuery().userId(u).count() == 0) {
                throw new IllegalStateException("User '" + u + "' does not exist (is learningloop.demo-data on?)");
            }
            return groups;
        });
    }

    @Override
    public String start(StartStep start) {
        Map<String, Object> variables = start.variables().get();
        return as(start.user(), () -> switch (start.kind()) {
            case MESSAGE -> runtime.createMessageCorrelation(start.target())
                .setVariables(variables)
                .correlateWithResult()
                .getProcessInstance()
                .getId();
            case PROCESS_DEFINITION_KEY -> runtime.startProcessInstanceByKey(start.target(), variables).getId();
        });
    }

    @Override
    public List<OpenTask> openTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).active().list().stream()
            .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey()))
            .toList();
    }

    @Override
    public boolean hasEnded(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    @Override
    public void complete(OpenTask task, TaskStep step) {
        Map<String, Object> variables = step.variables().get();
        as(step.user(), () -> {
            tasks.complete(task.id(), variables);
            return null;
        });
    }

    private <T> T as(String user, Supplier<T> call) {
        List<String> groups = groupsByUser.get(user);
        if (groups == null) {
            prepare(user);
            groups = groupsByUser.get(user);
        }
        identity.setAuthentication(user, groups);
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
