package org.iowscb.learningloop.learning.learningcycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.ACTIONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.DISSEMINATIONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_ENTRIES;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_OPTIONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_OUTCOMES;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_PLANS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.PLANNED_ACTIONS;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.Elements;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.Lesson;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.LessonEntry;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.LessonOutcome;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.LessonPlan;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.PlannedAction;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.RejectedInputException;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The learning plan as the forms now give it: lessons, their dissemination, the actions and the
 * evaluation as dynamic lists of any length, each entry checked on its own. What the forms submit
 * is JSON (a dynamic list arrives as a Json variable), so these tests submit it that way.
 */
class LearningCycleListFormsTest extends ProcessTest {

    /** Monday 2 March 2026, 10:00 in London. */
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired
    CaseStarter starter;

    @BeforeEach
    void fixTheClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @Test
    @DisplayName("a review that found six lessons and eight actions plans them all in one form each")
    void moreLessonsAndActionsThanTheOldSlots() {
        ProcessInstance cycle = handOver("SCR-2026-0701");
        List<LessonEntry> found = IntStream.rangeClosed(1, 6)
            .mapToObj(n -> new LessonEntry("Lesson number " + n + " about sharing information", List.of("information-sharing")))
            .toList();
        complete(cycle, Elements.IDENTIFY_LESSONS, json(LESSON_ENTRIES.name(), found));

        List<Lesson> lessons = LESSONS.from(runtime(cycle));
        assertThat(lessons).extracting(Lesson::reference)
            .containsExactly(IntStream.rangeClosed(1, 6).mapToObj(n -> cycle.getBusinessKey() + "/" + n).toArray(String[]::new));

        // the plan's form opens with one entry per lesson, and the lessons as the actions' choices
        assertThat(LESSON_PLANS.from(runtime(cycle))).extracting(LessonPlan::reference)
            .containsExactlyElementsOf(lessons.stream().map(Lesson::reference).toList());
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), LESSON_OPTIONS)).asString()
            .contains("Lesson 6: Lesson number 6 about sharing information");

        List<LessonPlan> plans = lessons.stream()
            .map(lesson -> new LessonPlan(lesson.reference(), lesson.statement(), List.of("BRIEFING"), null)).toList();
        List<PlannedAction> actions = IntStream.rangeClosed(1, 8)
            .mapToObj(n -> new PlannedAction("Action " + n, n % 2 == 0 ? "agency-police" : "agency-health", "2026-05-29",
                lessons.get(n % 6).reference()))
            .toList();
        complete(cycle, Elements.PLAN_EMBEDDING, json(LESSON_PLANS.name(), plans, PLANNED_ACTIONS.name(), actions));

        assertThat(ACTIONS.from(runtime(cycle))).hasSize(8);
        assertThat(DISSEMINATIONS.from(runtime(cycle))).hasSize(6);
        List<ProcessInstance> started = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ImprovementAction.KEY).superProcessInstanceId(cycle.getId()).list();
        assertThat(started).as("one improvement-action per action").hasSize(8);
        assertThat(started).extracting(action -> engine.getRuntimeService().getVariable(action.getId(),
                ImprovementAction.LESSON_REFERENCE.name()))
            .allSatisfy(reference -> assertThat((String) reference).startsWith(cycle.getBusinessKey() + "/"));
    }

    @Test
    @DisplayName("each entry of a list is checked on its own, named by its number, and nothing is recorded")
    void badEntriesAreNamedByNumber() {
        ProcessInstance cycle = handOver("SCR-2026-0702");
        assertThatThrownBy(() -> complete(cycle, Elements.IDENTIFY_LESSONS, json(LESSON_ENTRIES.name(), List.of(
                new LessonEntry("A lesson", List.of("information-sharing")),
                new LessonEntry("Another", List.of("astrology")),
                new LessonEntry("", List.of("neglect"))))))
            .isInstanceOf(RejectedInputException.class)
            .hasMessageContaining("lesson 2: 'astrology' is not a theme of the list")
            .hasMessageContaining("lesson 3 has themes but no statement");
        assertThat(cycle).isWaitingAt(Elements.IDENTIFY_LESSONS);

        assertThatThrownBy(() -> complete(cycle, Elements.IDENTIFY_LESSONS,
                Variables.createVariables().putValue(LESSON_ENTRIES.name(), Variables.stringValue("not a list"))))
            .isInstanceOf(RejectedInputException.class)
            .hasMessageContaining("The lessons must be a list, each entry a lesson with its statement and its themes");

        complete(cycle, Elements.IDENTIFY_LESSONS, json(LESSON_ENTRIES.name(),
            List.of(new LessonEntry("Refer bruising the same day", List.of("information-sharing")))));
        String lesson = cycle.getBusinessKey() + "/1";
        assertThatThrownBy(() -> complete(cycle, Elements.PLAN_EMBEDDING,
                json(LESSON_PLANS.name(), List.of(new LessonPlan(lesson, "", List.of("SINGLE_AGENCY_TRAINING"), null)),
                    PLANNED_ACTIONS.name(), List.of(
                        new PlannedAction("Brief custody sergeants", "agency-police", "2026-05-29", lesson),
                        new PlannedAction("Audit recording", "agency-fire", "2026-01-01", "SCR-1999-0001/1")))))
            .isInstanceOf(RejectedInputException.class)
            .hasMessageContaining("lesson 1: name the agency for single agency training")
            .hasMessageContaining("action 2 needs an owner")
            .hasMessageContaining("action 2: the due date must be after today")
            .hasMessageContaining("action 2: choose its lesson from the list")
            .message().doesNotContain("action 1");
        assertThat(cycle).isWaitingAt(Elements.PLAN_EMBEDDING);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ImprovementAction.KEY)
            .superProcessInstanceId(cycle.getId()).count()).as("no action started").isZero();
    }

    @Test
    @DisplayName("the evaluation form lists every lesson; each needs an outcome and its evidence")
    void evaluationPerLesson() {
        ProcessInstance cycle = handOver("SCR-2026-0703");
        complete(cycle, Elements.IDENTIFY_LESSONS, json(LESSON_ENTRIES.name(), List.of(
            new LessonEntry("First lesson", List.of("neglect")), new LessonEntry("Second lesson", List.of("neglect")))));
        List<Lesson> lessons = LESSONS.from(runtime(cycle));
        complete(cycle, Elements.PLAN_EMBEDDING, json(LESSON_PLANS.name(), lessons.stream()
            .map(l -> new LessonPlan(l.reference(), l.statement(), List.of("BRIEFING"), null)).toList()));
        engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(Elements.DISSEMINATE)
            .list().forEach(t -> engine.getTaskService().complete(t.getId(),
                Variables.createVariables().putValue("disseminatedOn", "2026-03-02")));

        assertThat(cycle).isWaitingAt(Elements.EVALUATE_LEARNING);
        List<LessonOutcome> offered = LESSON_OUTCOMES.from(runtime(cycle));
        assertThat(offered).extracting(LessonOutcome::statement).containsExactly("First lesson", "Second lesson");

        assertThatThrownBy(() -> complete(cycle, Elements.EVALUATE_LEARNING, json(LESSON_OUTCOMES.name(), List.of(
                new LessonOutcome(lessons.get(0).reference(), "First lesson", "LEARNT", "Audit: all shared")))))
            .isInstanceOf(RejectedInputException.class)
            .hasMessageContaining("lesson 2 needs an outcome")
            .hasMessageContaining("lesson 2 needs the evidence");

        complete(cycle, Elements.EVALUATE_LEARNING, json(LESSON_OUTCOMES.name(), List.of(
            new LessonOutcome(lessons.get(0).reference(), "First lesson", "LEARNT", "Audit: all shared"),
            new LessonOutcome(lessons.get(1).reference(), "Second lesson", "LEARNT", "Audit: all escalated"))));
        assertThat(cycle).isEnded().hasPassed(Elements.LESSONS_LEARNT);
    }

    private ProcessInstance handOver(String source) {
        String reference = starter.start(CaseType.LEARNING_CYCLE, source, Map.of(
            LearningLoop.SOURCE_TYPE.name(), CaseType.SERIOUS_CASE_REVIEW.processKey(), LearningLoop.FINDINGS.name(), "Findings"));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .processDefinitionKey(LearningCycle.KEY).singleResult();
    }

    private Map<String, Object> runtime(ProcessInstance cycle) {
        return engine.getRuntimeService().getVariables(cycle.getId());
    }

    /** A dynamic list as Tasklist submits it: a Json variable. */
    private static VariableMap json(String name, List<?> entries) {
        return Variables.createVariables().putValue(name, Spin.JSON(entries));
    }

    private static VariableMap json(String name, List<?> entries, String secondName, List<?> secondEntries) {
        return json(name, entries).putValue(secondName, Spin.JSON(secondEntries));
    }

    private void complete(ProcessInstance cycle, String taskKey, VariableMap variables) {
        engine.getTaskService().complete(task(taskKey, cycle).getId(), variables);
    }
}
