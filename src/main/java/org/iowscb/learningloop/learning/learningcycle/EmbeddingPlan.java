package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.ACTIONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.ACTION_SLOTS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.DISSEMINATIONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_OPTIONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_PLANS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.PLANNED_ACTIONS;
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
import org.iowscb.learningloop.learning.ActionRequest;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.Lesson;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.LessonPlan;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.PlannedAction;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.PlannedDissemination;
import org.iowscb.learningloop.platform.process.Choice;
import org.iowscb.learningloop.platform.process.JsonValue;
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
 * owner and the group each reports to) and the action plan, as many actions as it needs, every
 * action with an owner and a due date. Each dissemination and action enters the register; each action becomes an
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
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            prefill(task);
        } else {
            planned(task);
        }
    }

    /** Before the form opens: one entry per lesson to plan how it is disseminated, and the lessons as choices. */
    private static void prefill(DelegateTask task) {
        List<Lesson> lessons = LESSONS.from(task);
        LESSON_PLANS.offer(task.getExecution(), lessons.stream()
            .map(lesson -> new LessonPlan(lesson.reference(), lesson.statement(), List.of(), null)).toList());
        task.getExecution().setVariable(LESSON_OPTIONS, JsonValue.of(lessons.stream()
            .map(lesson -> new Choice(lesson.reference(), label(lesson))).toList()));
    }

    private void planned(DelegateTask task) {
        List<Lesson> lessons = LESSONS.from(task);
        List<String> problems = new ArrayList<>();
        List<PlannedDissemination> disseminations = disseminations(lessonPlans(task, lessons), problems);
        List<PlannedAction> actions = actions(task, lessons, problems);
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
        for (Lesson lesson : lessons) {
            register.lessonState(lesson.reference(), LearningRegister.LessonState.EMBEDDING);
        }
        disseminations.forEach(d -> register.recordDissemination(d.lessonReference(), d.method(), d.ownerGroup(),
            d.reportsTo()));
        DISSEMINATIONS.set(task.getExecution(), disseminations);
        ACTIONS.set(task.getExecution(), actions);
    }

    /**
     * How each lesson is to be disseminated, as the form entered it: its dynamic list, or, from a
     * case that keeps the first form, the numbered slots. A lesson the list left out has no method.
     */
    private static List<LessonPlan> lessonPlans(DelegateTask task, List<Lesson> lessons) {
        List<LessonPlan> plans = new ArrayList<>();
        if (task.hasVariable(lesson(1, "Methods"))) {
            for (int slot = 1; slot <= lessons.size(); slot++) {
                Lesson lesson = lessons.get(slot - 1);
                plans.add(new LessonPlan(lesson.reference(), lesson.statement(),
                    StringListVariable.stringListVariable(lesson(slot, "Methods")).from(task),
                    CycleData.text(task, lesson(slot, "Agency"))));
            }
            return plans;
        }
        List<LessonPlan> entered = LESSON_PLANS.entered(task, "a lesson with the ways it is disseminated");
        for (int index = 0; index < lessons.size(); index++) {
            Lesson lesson = lessons.get(index);
            LessonPlan given = LearningCycle.entryFor(lesson, index, entered, LessonPlan::reference);
            plans.add(given == null ? new LessonPlan(lesson.reference(), lesson.statement(), List.of(), null)
                : new LessonPlan(lesson.reference(), lesson.statement(), given.methods(), given.agency()));
        }
        return plans;
    }

    private List<PlannedDissemination> disseminations(List<LessonPlan> plans, List<String> problems) {
        List<PlannedDissemination> out = new ArrayList<>();
        for (int number = 1; number <= plans.size(); number++) {
            LessonPlan plan = plans.get(number - 1);
            List<String> methods = plan.methods() == null ? List.of() : plan.methods();
            String agency = plan.agency() == null || plan.agency().isBlank() ? null : plan.agency().trim();
            if (methods.isEmpty()) {
                problems.add("lesson " + number + " needs at least one way to disseminate it");
            }
            for (String name : methods) {
                DisseminationMethod method = DisseminationMethod.of(name).orElse(null);
                if (method == null) {
                    problems.add("lesson " + number + ": '" + name + "' is not a way of disseminating learning");
                    continue;
                }
                if (method.singleAgency() && (agency == null || !directory.isAgency(agency))) {
                    problems.add("lesson " + number + ": name the agency for " + method.label().toLowerCase());
                    continue;
                }
                out.add(new PlannedDissemination(plan.reference(), method.name(), method.label(),
                    method.ownerGroup(agency), method.reportsTo(), method.training()));
            }
        }
        return out;
    }

    private List<PlannedAction> actions(DelegateTask task, List<Lesson> lessons, List<String> problems) {
        List<PlannedAction> out = new ArrayList<>();
        LocalDate today = workingDays.today();
        List<PlannedAction> entered = enteredActions(task, lessons);
        for (int number = 1; number <= entered.size(); number++) {
            PlannedAction action = entered.get(number - 1);
            String description = action.description() == null ? "" : action.description().trim();
            if (description.isEmpty()) {
                continue;
            }
            int problemsBefore = problems.size();
            String owner = action.ownerGroup();
            String due = action.dueOn();
            if (description.length() > MAX_STATEMENT) {
                problems.add("action " + number + " is " + description.length() + " characters long; at most "
                    + MAX_STATEMENT + " are accepted");
            }
            if (owner == null || identity.createGroupQuery().groupId(owner).count() == 0) {
                problems.add("action " + number + " needs an owner: an agency, a school or a group of the board");
            }
            LocalDate dueOn = null;
            try {
                dueOn = due == null ? null : LocalDate.parse(due);
            } catch (DateTimeParseException notADate) {
                problems.add("action " + number + ": the due date must be written yyyy-MM-dd");
            }
            if (dueOn == null && due == null) {
                problems.add("action " + number + " needs a due date");
            } else if (dueOn != null && !dueOn.isAfter(today)) {
                problems.add("action " + number + ": the due date must be after today");
            }
            String lessonReference = action.lessonReference();
            if (lessonReference != null && lessons.stream().noneMatch(l -> l.reference().equals(lessonReference))) {
                problems.add("action " + number + ": choose its lesson from the list");
            }
            PlannedAction planned = new PlannedAction(description, owner, due, lessonReference);
            out.add(planned);
            if (problems.size() == problemsBefore) {
                // what the action's own start will check, on what "Carry out the actions" passes it
                int shown = number;
                starter.problemsOfStart(CaseType.IMPROVEMENT_ACTION, actionStart(task, planned))
                    .forEach(problem -> problems.add("action " + shown + ": " + problem));
            }
        }
        return out;
    }

    /** The actions the form entered: its dynamic list, or the first form's numbered slots. */
    private static List<PlannedAction> enteredActions(DelegateTask task, List<Lesson> lessons) {
        if (!task.hasVariable(action(1, "Description"))) {
            return PLANNED_ACTIONS.entered(task, "an action with its owner, due date and lesson");
        }
        List<PlannedAction> slots = new ArrayList<>();
        for (int slot = 1; slot <= ACTION_SLOTS; slot++) {
            slots.add(new PlannedAction(CycleData.text(task, action(slot, "Description")),
                CycleData.text(task, action(slot, "Owner")), CycleData.text(task, action(slot, "DueOn")),
                lessonReference(lessons, CycleData.text(task, action(slot, "Lesson")))));
        }
        return slots;
    }

    /** The start variables of the action's improvement-action, as the call activity's in-mappings give them. */
    private static Map<String, Object> actionStart(DelegateTask task, PlannedAction action) {
        Map<String, Object> start = new LinkedHashMap<>(new ActionRequest(action.description(), action.ownerGroup(),
            action.dueOn(), LearningCycle.MONITORING_GROUP.from(task).orElse(null), action.lessonReference()).startVariables());
        start.put(CaseVariables.SOURCE_REFERENCE.name(), task.getExecution().getProcessBusinessKey());
        return start;
    }

    /** A lesson as a choice: its number and the start of what it says. */
    private static String label(Lesson lesson) {
        String number = lesson.reference().substring(lesson.reference().lastIndexOf('/') + 1);
        String statement = lesson.statement().length() > 80 ? lesson.statement().substring(0, 77) + "..." : lesson.statement();
        return "Lesson " + number + ": " + statement;
    }

    private static String lessonReference(List<Lesson> lessons, String slot) {
        try {
            int index = Integer.parseInt(slot) - 1;
            return index >= 0 && index < lessons.size() ? lessons.get(index).reference() : null;
        } catch (NumberFormatException | NullPointerException none) {
            return null;
        }
    }
}
