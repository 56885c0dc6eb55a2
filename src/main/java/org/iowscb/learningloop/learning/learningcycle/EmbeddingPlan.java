package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.ACTION_SLOTS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.MAX_STATEMENT;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.action;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.lesson;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.RejectedInputException;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.springframework.stereotype.Component;

/**
 * The plan of one form: how each lesson is disseminated (the framework's methods, with their
 * owner and the group each reports to) and the action plan, every action with an owner and a
 * due date. Each dissemination and action enters the register; each action becomes an
 * improvement-action of its own.
 */
@Component("embeddingPlanned")
class EmbeddingPlan implements TaskListener {

    private final LearningRegister register;
    private final Directory directory;
    private final IdentityService identity;
    private final WorkingDays workingDays;
    private final CaseStarter starter;

    EmbeddingPlan(LearningRegister register, Directory directory, IdentityService identity, WorkingDays workingDays,
                  CaseStarter starter) {
        this.register = register;
        this.directory = directory;
        this.identity = identity;
        this.workingDays = workingDays;
        this.starter = starter;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, Object>> lessons = Identification.lessons(task);
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> disseminations = disseminations(task, lessons, problems);
        List<Map<String, Object>> actions = actions(task, lessons, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
        for (Map<String, Object> lesson : lessons) {
            register.lessonState((String) lesson.get("reference"), LearningRegister.LessonState.EMBEDDING);
        }
        disseminations.forEach(d -> register.recordDissemination((String) d.get("lessonReference"),
            (String) d.get("method"), (String) d.get("ownerGroup"), (String) d.get("reportsTo")));
        task.getExecution().setVariable(LearningCycle.DISSEMINATIONS, CycleData.json(disseminations));
        task.getExecution().setVariable(LearningCycle.ACTIONS, CycleData.json(actions));
    }

    private List<Map<String, Object>> disseminations(DelegateTask task, List<Map<String, Object>> lessons,
                                                     List<String> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int slot = 1; slot <= lessons.size(); slot++) {
            String reference = (String) lessons.get(slot - 1).get("reference");
            List<String> methods = StringListVariable.stringListVariable(lesson(slot, "Methods")).from(task);
            String agency = CycleData.text(task, lesson(slot, "Agency"));
            if (methods.isEmpty()) {
                problems.add("lesson " + slot + " needs at least one way to disseminate it");
            }
            for (String name : methods) {
                DisseminationMethod method = DisseminationMethod.of(name).orElse(null);
                if (method == null) {
                    problems.add("lesson " + slot + ": '" + name + "' is not a way of disseminating learning");
                    continue;
                }
                if (method.singleAgency() && (agency == null || !directory.isAgency(agency))) {
                    problems.add("lesson " + slot + ": name the agency for " + method.label().toLowerCase());
                    continue;
                }
                Map<String, Object> dissemination = new LinkedHashMap<>();
                dissemination.put("lessonReference", reference);
                dissemination.put("method", method.name());
                dissemination.put("methodLabel", method.label());
                dissemination.put("ownerGroup", method.ownerGroup(agency));
                dissemination.put("reportsTo", method.reportsTo());
                dissemination.put("training", method.training());
                out.add(dissemination);
            }
        }
        return out;
    }

    private List<Map<String, Object>> actions(DelegateTask task, List<Map<String, Object>> lessons,
                                              List<String> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        LocalDate today = workingDays.today();
        for (int slot = 1; slot <= ACTION_SLOTS; slot++) {
            String description = CycleData.text(task, action(slot, "Description"));
            if (description == null || description.isEmpty()) {
                continue;
            }
            int problemsBefore = problems.size();
            String owner = CycleData.text(task, action(slot, "Owner"));
            String due = CycleData.text(task, action(slot, "DueOn"));
            String lessonSlot = CycleData.text(task, action(slot, "Lesson"));
            if (description.length() > MAX_STATEMENT) {
                problems.add("action " + slot + " is " + description.length() + " characters long; at most "
                    + MAX_STATEMENT + " are accepted");
            }
            if (owner == null || identity.createGroupQuery().groupId(owner).count() == 0) {
                problems.add("action " + slot + " needs an owner: an agency, a school or a group of the board");
            }
            LocalDate dueOn = null;
            try {
                dueOn = due == null ? null : LocalDate.parse(due);
            } catch (DateTimeParseException notADate) {
                problems.add("action " + slot + ": the due date must be written yyyy-MM-dd");
            }
            if (dueOn == null && due == null) {
                problems.add("action " + slot + " needs a due date");
            } else if (dueOn != null && !dueOn.isAfter(today)) {
                problems.add("action " + slot + ": the due date must be after today");
            }
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("description", description);
            action.put("ownerGroup", owner);
            action.put("dueOn", due);
            action.put("lessonReference", lessonReference(lessons, lessonSlot));
            out.add(action);
            if (problems.size() == problemsBefore) {
                // what the action's own start will check, on what "Carry out the actions" passes it
                int number = slot;
                starter.problemsOfStart(CaseType.IMPROVEMENT_ACTION, actionStart(task, action))
                    .forEach(problem -> problems.add("action " + number + ": " + problem));
            }
        }
        return out;
    }

    /** The start variables of the action's improvement-action, as the call activity's in-mappings give them. */
    private static Map<String, Object> actionStart(DelegateTask task, Map<String, Object> action) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put(CaseVariables.SOURCE_REFERENCE.name(), task.getExecution().getProcessBusinessKey());
        start.put("actionDescription", action.get("description"));
        start.put("ownerGroup", action.get("ownerGroup"));
        start.put("dueOn", action.get("dueOn"));
        start.put(LearningCycle.MONITORING_GROUP.name(), LearningCycle.MONITORING_GROUP.from(task).orElse(null));
        start.put("lessonReference", action.get("lessonReference"));
        return start;
    }

    private static String lessonReference(List<Map<String, Object>> lessons, String slot) {
        try {
            int index = Integer.parseInt(slot) - 1;
            return index >= 0 && index < lessons.size() ? (String) lessons.get(index).get("reference") : null;
        } catch (NumberFormatException | NullPointerException none) {
            return null;
        }
    }
}
