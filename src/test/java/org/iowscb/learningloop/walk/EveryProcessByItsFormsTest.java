package org.iowscb.learningloop.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.iowscb.learningloop.demo.CamundaForm;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.support.CamundaRest;
import org.iowscb.learningloop.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every process, walked end to end through its forms as the people who work it: each case is
 * started from its start form (or its message or timer where no person starts it), and every
 * task that appears, in it and in every case it starts, is claimed by a member of its group and
 * submitted with what a person would typically enter ({@link TypicalValues}), over the same REST
 * calls Tasklist makes. Async steps and the cases they start run as the job executor would run
 * them. Then no incident may be left, no job may have failed, and every case must have ended or
 * wait for a timer or a message, never for a failed step. One test, driven by the deployed models
 * and forms: a new process or form is walked without a line here.
 */
class EveryProcessByItsFormsTest extends ApplicationTest {

    private static final String REST = "/engine-rest";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tasks one case may take before the walk calls it a loop. */
    private static final int TASKS_PER_CASE = 60;
    /** Times the walk lets time pass for a case to go on. */
    private static final int WAITS = 40;

    private int waits;
    /** The engine's time when the walk began. */
    private Date walkStarted;
    /**
     * Processes whose timer starts a case that does something only when new cases follow Working
     * Together 2023: walked on a day after the tests' switch (application-test.yaml), then the clock
     * goes back to where the walk was, as nothing of them is left waiting.
     */
    private static final Set<String> WALKED_UNDER_WT2023 = Set.of("partners-yearly-report");
    private static final String WT2023_DAY = "2150-04-01T08:00:01Z";

    /** "instance activity" of every timer the walk has waited for. */
    private final Set<String> waitedAt = new HashSet<>();

    @Autowired
    WorkingDays workingDays;

    /** The forms submitted in the walk, start forms included. */
    private final Set<String> formsSubmitted = new java.util.TreeSet<>();

    @Test
    void everyProcessRunsThroughItsFormsWithoutAnIncident() {
        organisationsOfTheWalk();
        List<String> problems = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        List<ProcessDefinition> definitions = theApplicationsProcesses();
        assertThat(definitions).as("the deployed processes").hasSizeGreaterThanOrEqualTo(15);

        // the walk stays on one day, whenever it runs: a walk across midnight would date a form's
        // "today" after the case's own start (a death after its notification)
        ClockUtil.setCurrentTime(Date.from(workingDays.today().atTime(10, 0)
            .atZone(java.time.ZoneId.of("Europe/London")).toInstant()));
        walkStarted = ClockUtil.getCurrentTime();
        for (ProcessDefinition definition : definitions) {
            waits = 0;
            Set<String> before = allInstanceIds();
            Date clockBefore = ClockUtil.getCurrentTime();
            boolean wt2023Only = WALKED_UNDER_WT2023.contains(definition.getKey());
            if (wt2023Only) {
                ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse(WT2023_DAY)));
            }
            Optional<String> started = start(definition, problems);
            if (started.isEmpty()) {
                continue;
            }
            walked.add(definition.getKey() + " " + started.get());
            walkUntilNothingIsLeftToDo(before, problems);
            problems.addAll(whatWentWrong(before));
            if (wt2023Only) {
                ClockUtil.setCurrentTime(clockBefore);
            }
        }

        assertThat(walked).as("the processes walked").hasSize(definitions.size());
        System.out.println("Forms submitted in the walk: " + formsSubmitted);
        assertThat(problems).as("what went wrong in the walk of %s", walked).isEmpty();
    }

    /**
     * An agency and a school of the walk's own, first in every list a form offers (groups are listed
     * by id), and a person in both who works their tasks. The walk lets years pass: its cases leave
     * records dated in the future, and the demo agencies' and schools' records (their previous
     * self-assessments, their lists of tasks) stay those of the tests that read them.
     */
    private void organisationsOfTheWalk() {
        String token = java.util.UUID.randomUUID().toString().substring(0, 8);
        var identity = engine.getIdentityService();
        User walker = identity.newUser("walker-" + token);
        walker.setFirstName("Walk");
        walker.setLastName("Worker");
        walker.setPassword(DemoUsers.PASSWORD);
        identity.saveUser(walker);
        for (String[] organisation : List.of(new String[] {Groups.AGENCY_PREFIX, Groups.TYPE_AGENCY},
            new String[] {Groups.SCHOOL_PREFIX, Groups.TYPE_SCHOOL})) {
            var group = identity.newGroup(organisation[0] + "0-walk-" + token);
            group.setName("Walk " + organisation[1] + " " + token);
            group.setType(organisation[1]);
            identity.saveGroup(group);
            identity.createMembership(walker.getId(), group.getId());
        }
    }

    /**
     * The latest version of every process the application deploys from {@code processes/}; not the
     * probes and stand-ins other tests deploy into the same engine.
     */
    private List<ProcessDefinition> theApplicationsProcesses() {
        Set<String> models;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
            models = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
                .collect(Collectors.toSet());
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
            .orderByProcessDefinitionKey().asc().list().stream()
            .filter(definition -> models.contains(java.nio.file.Path.of(definition.getResourceName()).getFileName()
                .toString()))
            .toList();
    }

    // ---- starting ----------------------------------------------------------------------------------

    private Optional<String> start(ProcessDefinition definition, List<String> problems) {
        String key = definition.getKey();
        Optional<CamundaForm> startForm = startForm(definition);
        String starter = starterOf(key);
        HttpResponse<String> response;
        if (startForm.isPresent()) {
            Map<String, Object> values = startForm.get().fill(plain(engine.getFormService()
                .getStartFormVariables(definition.getId())), new TypicalValues(today(), true));
            formsSubmitted.add(startForm.get().id());
            JsonNode loaded = CamundaRest.json(rest.get(starter, REST + "/process-definition/key/" + key + "/form-variables"));
            response = rest.send(starter, "POST", REST + "/process-definition/key/" + key + "/submit-form",
                Map.of("variables", CamundaRest.asTasklistSends(values, loaded, startForm.get().optionsVariables())));
        } else if (key.equals("framework-annual-review")) {
            response = rest.send(starter, "POST", REST + "/message", Map.of("messageName", "framework-review-requested",
                "resultEnabled", true,
                "processVariables", CamundaRest.camundaVariables(Map.of("reason", "New statutory guidance was published"))));
        } else {
            // started by its timer alone: fire the timer as the job executor would
            // its start timer: the definition's timer that belongs to no case yet
            Job timer = engine.getManagementService().createJobQuery().processDefinitionId(definition.getId())
                .timers().list().stream().filter(job -> job.getProcessInstanceId() == null).findFirst().orElse(null);
            if (timer == null) {
                problems.add(key + ": no start form, no message and no timer to start it by");
                return Optional.empty();
            }
            engine.getManagementService().executeJob(timer.getId());
            return Optional.of("by its timer");
        }
        if (response.statusCode() / 100 != 2) {
            problems.add(key + ": its start " + startForm.map(CamundaForm::id).orElse("message")
                + " was refused with typical values (" + response.statusCode() + "): " + response.body());
            return Optional.empty();
        }
        return Optional.of(CamundaRest.json(response).path("businessKey").asText("started"));
    }

    private Optional<CamundaForm> startForm(ProcessDefinition definition) {
        try {
            InputStream form = engine.getFormService().getDeployedStartForm(definition.getId());
            return Optional.of(CamundaForm.read(form));
        } catch (RuntimeException noStartForm) {
            return Optional.empty();
        }
    }

    /** Someone who starts this process in practice: the first role group that may, else the business unit. */
    private String starterOf(String processKey) {
        return switch (processKey) {
            case "child-death-review" -> "cdop-chair";
            case "thematic-case-audit", "multi-agency-case-audit", "single-agency-audit", "section-11-audit",
                 "section-175-audit" -> "pqa-chair";
            case "case-review-referral", "serious-case-review", "multi-agency-case-review",
                 "individual-management-review", "national-learning-review", "learning-cycle",
                 "framework-annual-review" -> "scr-chair";
            default -> "bu";
        };
    }

    // ---- walking -----------------------------------------------------------------------------------

    private void walkUntilNothingIsLeftToDo(Set<String> before, List<String> problems) {
        Map<String, Integer> tasksPerCase = new LinkedHashMap<>();
        while (true) {
            runDueJobs(before, problems);
            Optional<Task> next = openTasks(before).stream().findFirst();
            if (next.isEmpty()) {
                if (waitedFor(nextWait(before), problems)) {
                    continue;
                }
                return;
            }
            Task task = next.get();
            String caseReference = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
            int done = tasksPerCase.merge(caseReference, 1, Integer::sum);
            if (done > TASKS_PER_CASE) {
                problems.add(caseReference + ": still at '" + task.getName() + "' after " + TASKS_PER_CASE
                    + " tasks; the walk goes round in a loop");
                return;
            }
            if (!work(task, problems)) {
                return;
            }
        }
    }

    /**
     * The earliest timer of the walk's cases at which a case waits for time to pass: an
     * intermediate timer event of its model, such as the months before learning is evaluated.
     * Timers on the edge of a task (reminders, escalations) are not waited for: they fire only
     * when the clock passes them, as it does here.
     */
    private Optional<Job> nextWait(Set<String> before) {
        ManagementService management = engine.getManagementService();
        Set<String> instances = instancesOfTheWalk(before);
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        return management.createJobQuery().timers().active().processInstanceIds(instances).orderByJobDuedate().asc()
            .list().stream()
            .filter(timer -> {
                String activity = activityOf(timer);
                return engine.getRepositoryService().getBpmnModelInstance(timer.getProcessDefinitionId())
                    .getModelElementById(activity) instanceof IntermediateCatchEvent
                    // a case that comes back to a wait it has passed goes round a cycle (the next
                    // self-assessment, two years on): waiting there is where the walk leaves it
                    && !waitedAt.contains(timer.getProcessInstanceId() + " " + activity);
            })
            .findFirst();
    }

    private String activityOf(Job timer) {
        return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
            .singleResult().getActivityId();
    }

    /** Lets time pass until the timer is due, and fires it as the job executor would. */
    private boolean waitedFor(Optional<Job> timer, List<String> problems) {
        if (timer.isEmpty() || ++waits > WAITS) {
            return false;
        }
        Job job = timer.get();
        waitedAt.add(job.getProcessInstanceId() + " " + activityOf(job));
        ClockUtil.setCurrentTime(new Date(Math.max(ClockUtil.getCurrentTime().getTime(), job.getDuedate().getTime() + 60_000)));
        try {
            engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException failure) {
            problems.add(caseOf(job.getProcessInstanceId()) + ": the timer " + job.getId() + " failed: " + failure.getMessage());
            return false;
        }
        return true;
    }

    /** Claims and submits the task's form as a member of its group; false when that was refused. */
    private boolean work(Task task, List<String> problems) {
        String who = workerOf(task);
        if (who == null) {
            problems.add(describe(task) + ": no demo user may work it");
            return false;
        }
        CamundaForm form = CamundaForm.read(engine.getFormService().getDeployedTaskForm(task.getId()));
        boolean startedByAPerson = engine.getRuntimeService()
            .getVariable(task.getProcessInstanceId(), CaseVariables.SOURCE_REFERENCE.name()) == null;
        Map<String, Object> values = form.fill(shown(task), new TypicalValues(today(), startedByAPerson));
        if (task.getAssignee() == null) {
            HttpResponse<String> claim = rest.send(who, "POST", REST + "/task/" + task.getId() + "/claim",
                Map.of("userId", who));
            if (claim.statusCode() != 204) {
                problems.add(describe(task) + ": " + who + " could not claim it (" + claim.statusCode() + "): " + claim.body());
                return false;
            }
        }
        JsonNode loaded = CamundaRest.json(rest.get(who, REST + "/task/" + task.getId() + "/form-variables"));
        HttpResponse<String> submitted = rest.send(who, "POST", REST + "/task/" + task.getId() + "/submit-form",
            Map.of("variables", CamundaRest.asTasklistSends(values, loaded, form.optionsVariables())));
        formsSubmitted.add(form.id());
        if (submitted.statusCode() != 204) {
            problems.add(describe(task) + ": form " + form.id() + " refused typical values " + values.keySet() + " from "
                + who + " (" + submitted.statusCode() + "): " + submitted.body());
            return false;
        }
        return true;
    }

    /** The assignee, else a member of the task's first candidate group (not the administrator). */
    private String workerOf(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(task.getId());
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                return link.getUserId();
            }
        }
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                List<String> members = engine.getIdentityService().createUserQuery().memberOfGroup(link.getGroupId())
                    .orderByUserId().asc().list().stream().map(User::getId).filter(id -> !id.equals("demo")).toList();
                if (!members.isEmpty()) {
                    return members.get(0);
                }
            }
        }
        return null;
    }

    /** What the task's form shows: its variables, JSON as plain lists and maps, as form-js reads them. */
    private Map<String, Object> shown(Task task) {
        return plain(engine.getTaskService().getVariablesTyped(task.getId()));
    }

    private static Map<String, Object> plain(org.camunda.bpm.engine.variable.VariableMap variables) {
        Map<String, Object> shown = new LinkedHashMap<>();
        variables.keySet().forEach(name -> {
            Object typed = variables.getValueTyped(name);
            Object value = typed instanceof org.camunda.bpm.engine.variable.value.ObjectValue object
                && !object.isDeserialized() ? plain(object.getValueSerialized()) : variables.get(name);
            if (value instanceof SpinJsonNode json) {
                shown.put(name, plain(json.toString()));
            } else {
                shown.put(name, value);
            }
        });
        return shown;
    }

    /** Runs every job of the walk's cases that is due now, as the job executor would; records failures. */
    private void runDueJobs(Set<String> before, List<String> problems) {
        ManagementService management = engine.getManagementService();
        Set<String> failed = new HashSet<>();
        for (int round = 0; round < 50; round++) {
            Set<String> instances = instancesOfTheWalk(before);
            if (instances.isEmpty()) {
                return;
            }
            List<Job> due = management.createJobQuery().executable().processInstanceIds(instances).list().stream()
                .filter(job -> !failed.contains(job.getId()))
                .toList();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failure) {
                    failed.add(job.getId());
                    problems.add(caseOf(job.getProcessInstanceId()) + ": the step of job " + job.getId()
                        + " failed: " + failure.getMessage());
                }
            }
        }
    }

    private List<Task> openTasks(Set<String> before) {
        Set<String> instances = instancesOfTheWalk(before);
        if (instances.isEmpty()) {
            return List.of();
        }
        return engine.getTaskService().createTaskQuery().active().processInstanceIdIn(instances.toArray(String[]::new))
            .orderByTaskCreateTime().asc().list();
    }

    // ---- the verdict -------------------------------------------------------------------------------

    /** Incidents, and cases that neither ended nor wait for a timer or a message. */
    private List<String> whatWentWrong(Set<String> before) {
        List<String> wrong = new ArrayList<>();
        Set<String> instances = instancesOfTheWalk(before);
        for (Incident incident : engine.getRuntimeService().createIncidentQuery().list()) {
            if (instances.contains(incident.getProcessInstanceId())) {
                wrong.add(caseOf(incident.getProcessInstanceId()) + ": incident at " + incident.getActivityId() + ": "
                    + incident.getIncidentMessage());
            }
        }
        for (String instance : instances) {
            ActivityInstance tree = engine.getRuntimeService().getActivityInstance(instance);
            if (tree == null) {
                continue; // ended
            }
            List<String> waitingAt = leaves(tree).stream()
                .filter(activity -> activity.getActivityType().equals("userTask")
                    || activity.getActivityType().endsWith("Task") && !activity.getActivityType().equals("receiveTask"))
                .map(activity -> activity.getActivityName() + " (" + activity.getActivityType() + ")")
                .toList();
            if (!waitingAt.isEmpty()) {
                wrong.add(caseOf(instance) + ": left at " + waitingAt + ", neither ended nor waiting for a timer or message");
            }
        }
        return wrong;
    }

    private static List<ActivityInstance> leaves(ActivityInstance instance) {
        if (instance.getChildActivityInstances().length == 0) {
            return List.of(instance);
        }
        List<ActivityInstance> leaves = new ArrayList<>();
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            leaves.addAll(leaves(child));
        }
        return leaves;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /**
     * The cases started since the walk began, before the next process is walked. The database is
     * shared with every other test: the walk's own cases are those started since it began (its clock
     * only moves on), less those that other tests started at a time still to come.
     */
    private Set<String> allInstanceIds() {
        return startedSinceTheWalkBegan().collect(Collectors.toSet());
    }

    /** The cases of the walk of one process: started since it was started, with every case they started. */
    private Set<String> instancesOfTheWalk(Set<String> before) {
        return startedSinceTheWalkBegan().filter(id -> !before.contains(id)).collect(Collectors.toSet());
    }

    private java.util.stream.Stream<String> startedSinceTheWalkBegan() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
            .startedAfter(new Date(walkStarted.getTime() - 1)).list().stream().map(HistoricProcessInstance::getId);
    }

    private String caseOf(String processInstanceId) {
        HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId).singleResult();
        return instance == null ? processInstanceId : instance.getProcessDefinitionKey() + " " + instance.getBusinessKey();
    }

    private String describe(Task task) {
        return caseOf(task.getProcessInstanceId()) + " '" + task.getName() + "' (" + task.getTaskDefinitionKey() + ")";
    }

    private LocalDate today() {
        return workingDays.today();
    }

    private static Object plain(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (java.io.IOException notJson) {
            throw new AssertionError("not JSON: " + json, notJson);
        }
    }
}
