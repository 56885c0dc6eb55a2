package org.iowscb.learningloop.demo;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.FormAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one case at a time through the engine as its people would, on the days the demo says:
 * the engine clock is set to that day ({@link ClockUtil}), the start form or task form is filled
 * ({@link CamundaForm}) and submitted through the {@code FormService} by a member of the task's group,
 * signed in as them, so the guards, listeners, due dates, history and the learning register see
 * what they see in Tasklist. Between two submissions the case's asynchronous steps, and the
 * timers due by then, run as the job executor would run them.
 */
final class CaseWalker {

    private static final Logger LOG = LoggerFactory.getLogger(CaseWalker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The demo's administrator is never the one who works a task. */
    private static final String ADMINISTRATOR = "demo";
    /** Times one walk lets time pass for a timer, at most. */
    private static final int WAITS = 12;

    private final ProcessEngine engine;
    private final List<FormAnswers> answers;
    private final Map<String, String> processKeys = new HashMap<>();
    private final Map<String, String> formIds = new HashMap<>();
    private int minuteOfDay;

    CaseWalker(ProcessEngine engine, List<FormAnswers> answers) {
        this.engine = engine;
        this.answers = answers;
    }

    /** One case and every case it starts, with the day it has reached. */
    final class DemoCase {
        private final Set<String> before;
        private final Random random;
        private LocalDate day;
        String reference;

        private DemoCase(Set<String> before, long seed, LocalDate day) {
            this.before = before;
            this.random = new Random(seed);
            this.day = day;
        }

        /** The process instances of this case and of those it started. */
        Set<String> instances() {
            return allInstanceIds().stream().filter(id -> !before.contains(id)).collect(Collectors.toSet());
        }
    }

    /** Starts a case of this type from its start form, on this day, as a person who starts such cases. */
    DemoCase start(CaseType type, String starter, LocalDate day, long seed) {
        LocalDate on = weekday(day);
        DemoCase demoCase = new DemoCase(allInstanceIds(), seed, on);
        clockAt(on);
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(type.processKey()).latestVersion().singleResult();
        CamundaForm form = CamundaForm.read(startForm(definition.getId()));
        Map<String, Object> shown = plain(engine.getFormService().getStartFormVariables(definition.getId()));
        Map<String, Object> values = form.fill(shown, new DemoValues(answers, on, demoCase.random));
        demoCase.reference = as(starter, () -> engine.getFormService()
            .submitStartForm(definition.getId(), typed(values)).getBusinessKey());
        runDueJobs(demoCase);
        return demoCase;
    }

    /**
     * Works the case's open tasks that {@code which} accepts, oldest first, one every
     * {@code stepDays} days and never later than {@code until}, at most {@code tasks} of them.
     * With {@code waitForTimers}, where no task is left it lets time pass to the case's next
     * intermediate timer (a wait of its model, such as the weeks before a training follow-up),
     * as long as that falls before {@code until}.
     */
    void walk(DemoCase demoCase, LocalDate until, int stepDays, int tasks, Predicate<Task> which, boolean waitForTimers) {
        int done = 0;
        int waits = 0;
        while (done < tasks) {
            runDueJobs(demoCase);
            Optional<Task> next = openTasks(demoCase).stream().filter(which).findFirst();
            if (next.isPresent()) {
                LocalDate day = demoCase.day.plusDays(stepDays);
                demoCase.day = day.isAfter(until) ? until : weekday(day);
                clockAt(demoCase.day);
                if (!work(next.get(), demoCase)) {
                    return;
                }
                done++;
                continue;
            }
            Optional<Job> timer = waitForTimers && waits++ < WAITS ? nextWait(demoCase) : Optional.empty();
            if (timer.isEmpty() || !timer.get().getDuedate().toInstant().atZone(LONDON).toLocalDate().isBefore(until)) {
                return;
            }
            demoCase.day = timer.get().getDuedate().toInstant().atZone(LONDON).toLocalDate().plusDays(1);
            clockAt(demoCase.day);
        }
        runDueJobs(demoCase);
    }

    /** The name of the process a task belongs to (its key). */
    String processKeyOf(Task task) {
        return processKeys.computeIfAbsent(task.getProcessDefinitionId(),
            id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
    }

    /** The groups that may work the task. */
    List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId).toList();
    }

    /** The id of the task's form ({@code scr-initiation}). */
    String formOf(Task task) {
        return formIds.computeIfAbsent(task.getId(),
            id -> CamundaForm.read(engine.getFormService().getDeployedTaskForm(id)).id());
    }

    /** Resets the engine clock to the real time. */
    void realTime() {
        ClockUtil.reset();
    }

    private boolean work(Task task, DemoCase demoCase) {
        String who = workerOf(task);
        if (who == null) {
            LOG.warn("Demo cases: nobody may work '{}' of {}; the case stays there", task.getName(), demoCase.reference);
            return false;
        }
        CamundaForm form = CamundaForm.read(engine.getFormService().getDeployedTaskForm(task.getId()));
        Map<String, Object> values = form.fill(plain(engine.getTaskService().getVariablesTyped(task.getId())),
            new DemoValues(answers, demoCase.day, demoCase.random));
        try {
            as(who, () -> {
                if (task.getAssignee() == null) {
                    engine.getTaskService().claim(task.getId(), who);
                }
                engine.getFormService().submitTaskForm(task.getId(), typed(values));
                return null;
            });
            return true;
        } catch (RuntimeException refused) {
            LOG.warn("Demo cases: form {} of {} was refused ({}); the case stays there", form.id(), demoCase.reference,
                refused.getMessage());
            engine.getTaskService().setAssignee(task.getId(), null);
            return false;
        }
    }

    private String workerOf(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (String group : groupsOf(task)) {
            Optional<String> member = engine.getIdentityService().createUserQuery().memberOfGroup(group)
                .orderByUserId().asc().list().stream().map(User::getId)
                .filter(id -> !id.equals(ADMINISTRATOR)).findFirst();
            if (member.isPresent()) {
                return member.get();
            }
        }
        return null;
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private List<Task> openTasks(DemoCase demoCase) {
        Set<String> instances = demoCase.instances();
        if (instances.isEmpty()) {
            return List.of();
        }
        return engine.getTaskService().createTaskQuery().active().processInstanceIdIn(instances.toArray(String[]::new))
            .orderByTaskCreateTime().asc().list();
    }

    /**
     * Runs the case's asynchronous steps and the timers due by the engine clock, as the job
     * executor would; not the emails, which wait for the job executor once the application is up.
     */
    private void runDueJobs(DemoCase demoCase) {
        Set<String> failed = new HashSet<>();
        for (int round = 0; round < 50; round++) {
            Set<String> instances = demoCase.instances();
            if (instances.isEmpty()) {
                return;
            }
            List<Job> due = engine.getManagementService().createJobQuery().executable().processInstanceIds(instances)
                .list().stream()
                .filter(job -> !failed.contains(job.getId()) && isStepOrTimer(job))
                .toList();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException failure) {
                    failed.add(job.getId());
                    LOG.warn("Demo cases: a step of {} failed: {}", demoCase.reference, failure.getMessage());
                }
            }
        }
    }

    /** An asynchronous step or a timer of a model (a job with a definition); not an email. */
    private boolean isStepOrTimer(Job job) {
        if (job.getJobDefinitionId() == null) {
            return false;
        }
        var definition = engine.getManagementService().createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition != null
            && (definition.getJobType().startsWith("async-") || definition.getJobType().startsWith("timer-"));
    }

    /** The earliest intermediate timer of the case: a wait of its model, not the edge of a task. */
    private Optional<Job> nextWait(DemoCase demoCase) {
        Set<String> instances = demoCase.instances();
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        return engine.getManagementService().createJobQuery().timers().active().processInstanceIds(instances)
            .orderByJobDuedate().asc().list().stream()
            .filter(timer -> {
                var definition = engine.getManagementService().createJobDefinitionQuery()
                    .jobDefinitionId(timer.getJobDefinitionId()).singleResult();
                return definition != null && engine.getRepositoryService()
                    .getBpmnModelInstance(timer.getProcessDefinitionId())
                    .getModelElementById(definition.getActivityId()) instanceof IntermediateCatchEvent;
            })
            .findFirst();
    }

    private Set<String> allInstanceIds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().list().stream()
            .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    private InputStream startForm(String definitionId) {
        return engine.getFormService().getDeployedStartForm(definitionId);
    }

    /** The day, at the next minute of a working morning: what is done later on one day comes later. */
    private void clockAt(LocalDate day) {
        minuteOfDay = (minuteOfDay + 7) % 480;
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0).plusMinutes(minuteOfDay)).atZone(LONDON)
            .toInstant()));
    }

    /** A Saturday or Sunday moves back to the Friday: people work on working days. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    /** Lists and entries as JSON, as Camunda Forms submit them; numbers as longs. */
    private static VariableMap typed(Map<String, Object> values) {
        VariableMap typed = Variables.createVariables();
        values.forEach((name, value) -> {
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                try {
                    typed.putValueTyped(name, SpinValues.jsonValue(JSON.writeValueAsString(value)).create());
                } catch (JsonProcessingException unwritable) {
                    throw new IllegalStateException(unwritable);
                }
            } else {
                typed.putValue(name, value);
            }
        });
        return typed;
    }

    /** What a form shows: the variables, JSON as plain lists and maps, as form-js reads them. */
    private static Map<String, Object> plain(VariableMap variables) {
        Map<String, Object> shown = new LinkedHashMap<>();
        variables.keySet().forEach(name -> {
            Object typedValue = variables.getValueTyped(name);
            Object value = typedValue instanceof ObjectValue object && !object.isDeserialized()
                ? parse(object.getValueSerialized()) : variables.get(name);
            shown.put(name, value instanceof SpinJsonNode json ? parse(json.toString()) : value);
        });
        return shown;
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException notJson) {
            return json;
        }
    }
}
