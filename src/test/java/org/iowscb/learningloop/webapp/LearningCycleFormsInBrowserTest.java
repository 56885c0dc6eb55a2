package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.learning.LearningLoop.SOURCE_TYPE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_DESCRIPTION;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.LESSON_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.OWNER_GROUP;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.REPEATED_THEMES;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The learning cycle's forms in a real headless Chromium: the SCR Sub Group identifies a lesson
 * with its themes and plans its dissemination and an action in Tasklist, as a person would.
 * Needs Debian's chromium and chromium-driver at /usr/bin, like {@link WebappsInBrowserTest}.
 */
class LearningCycleFormsInBrowserTest extends BrowserTest {

    static final String IMPROVEMENT_ACTION = CaseType.IMPROVEMENT_ACTION.processKey();
    static final String REVIEW_FINDINGS = "Bruising was not shared";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scrChairIdentifiesLessonsAndPlansTheirDisseminationAndActionsAsLists() {
        String cycle = starter.start(CaseType.LEARNING_CYCLE, "SCR-2026-0900",
            Map.of(SOURCE_TYPE.name(), "serious-case-review", FINDINGS.name(), REVIEW_FINDINGS));
        String statement = "Agencies did not share what they knew about the bruising in time.";
        String secondStatement = "Escalate to a manager when a plan drifts for more than a month.";
        String actionText = "Police to brief every officer on sharing bruising concerns with children's services.";
        String secondActionText = "Health to add the escalation route to the supervision checklist.";
        // 5 March of next year: a month and a day of one digit, after today whatever the date
        LocalDate due = LocalDate.of(workingDays.today().getYear() + 1, 3, 5);

        TasklistPage tasklist = tasklistAs("scr-chair");
        WebappBrowser browser = tasklist.browser();

        // ---- Identify the lessons: as many as the findings hold ("Add new") -----------------------
        Task identify = task(cycle, LearningCycle.Elements.IDENTIFY_LESSONS);
        tasklist.showCaseUnder(MY_GROUPS_TASKS, cycle);
        assertThat(tasklist.waitForTaskCard(identify.getId(), "Identify the lessons is listed under " + MY_GROUPS_TASKS)
            .getText()).contains("Identify the lessons");
        tasklist.openTask(identify.getId());
        tasklist.claim();

        CamundaFormPage identifyForm = tasklist.form();
        String repeated = (String) runtime.getVariable(identify.getProcessInstanceId(), REPEATED_THEMES.name());
        assertThat(identifyForm.text()).as("the identification form's text")
            .contains("Cycle " + cycle, "SCR-2026-0900", "Themes already seen in earlier reviews", "On submit",
                repeated.lines().findFirst().orElseThrow().replaceFirst("^- ", ""));
        assertThat(identifyForm.input(FINDINGS.name()).getDomProperty("value")).as("the findings handed over")
            .isEqualTo(REVIEW_FINDINGS);
        assertThat(identifyForm.shows("lesson-statement_1")).as("a second lesson before one is added").isFalse();

        identifyForm.fillText("lesson-statement_0", statement);
        assertThat(identifyForm.checklistLabels("lesson-themes_0")).as("the themes offered for the first lesson")
            .contains("Neglect", "Information sharing");
        identifyForm.tick("lesson-themes_0", "Neglect");
        identifyForm.tick("lesson-themes_0", "Information sharing");
        identifyForm.addEntry();
        browser.waitUntil("a second lesson once 'Add new' is pressed", d -> identifyForm.shows("lesson-statement_1"));
        identifyForm.fillText("lesson-statement_1", secondStatement);
        identifyForm.tick("lesson-themes_1", "Escalation and challenge");
        browser.scrollIntoView(identifyForm.input("lesson-statement_0"));
        browser.screenshot("learning-cycle-identify");

        tasklist.complete();
        waitUntilCompleted(browser, identify);
        assertThat(tasklist.showsErrorNotification()).as("an error notification after completing").isFalse();

        assertThat(jdbc.queryForList("select statement from ll_lesson where cycle_reference = ? order by id", String.class, cycle))
            .as("the register's lessons of %s", cycle).containsExactly(statement, secondStatement);
        assertThat(jdbc.queryForList("select t.theme_code from ll_lesson_theme t join ll_lesson l on l.id = t.lesson_id"
            + " where l.cycle_reference = ? and l.statement = ?", String.class, cycle, statement))
            .as("the themes of the first lesson").containsExactlyInAnyOrder("neglect", "information-sharing");

        // ---- Plan dissemination (one entry per lesson) and the actions (as many as needed) --------
        Task plan = task(cycle, LearningCycle.Elements.PLAN_EMBEDDING);
        tasklist.showCaseUnder(MY_GROUPS_TASKS, cycle);
        tasklist.openTask(plan.getId());
        tasklist.claim();

        CamundaFormPage form = tasklist.form();
        assertThat(form.text()).as("the plan form's text").contains("Cycle " + cycle, "On submit");
        assertThat(List.of(form.input("lesson-plans-statement_0").getDomProperty("value"),
                form.input("lesson-plans-statement_1").getDomProperty("value")))
            .as("the plan form lists both lessons, one entry each").containsExactly(statement, secondStatement);
        assertThat(form.shows("action-description_1")).as("a second action before one is added").isFalse();

        form.tick("lesson-plan-methods_0", "Board briefings and communication (business unit, to the Board)");
        form.tick("lesson-plan-methods_1", "Board briefings and communication (business unit, to the Board)");
        form.fillText("action-description_0", actionText);
        form.choose("action-owner_0", "Police");
        String typedDue = form.fillDate("action-due-on_0", due);
        form.choose("action-lesson_0", "Lesson 1: " + statement);
        form.addEntry();
        browser.waitUntil("a second action once 'Add new' is pressed", d -> form.shows("action-description_1"));
        form.fillText("action-description_1", secondActionText);
        form.choose("action-owner_1", "Health");
        form.fillDate("action-due-on_1", due);
        form.choose("action-lesson_1", "Lesson 2: " + secondStatement);
        browser.scrollIntoView(form.input("action-description_0"));
        browser.screenshot("learning-cycle-plan");

        tasklist.complete();
        waitUntilCompleted(browser, plan);
        assertThat(tasklist.showsErrorNotification()).as("an error notification after completing (due date typed %s)",
            typedDue).isFalse();

        List<ProcessInstance> actions = runtime.createProcessInstanceQuery().processDefinitionKey(IMPROVEMENT_ACTION)
            .processInstanceBusinessKey(cycle).active().list();
        assertThat(actions).as("improvement actions of %s", cycle).hasSize(2);
        assertThat(actions).extracting(a -> runtime.getVariables(a.getId()))
            .extracting(v -> v.get(OWNER_GROUP.name()), v -> v.get(DUE_ON.name()),
                v -> v.get(ACTION_DESCRIPTION.name()), v -> v.get(LESSON_REFERENCE.name()))
            .containsExactlyInAnyOrder(
                tuple("agency-police", due.toString(), actionText, cycle + "/1"),
                tuple("agency-health", due.toString(), secondActionText, cycle + "/2"));

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(cycle)
            .taskDefinitionKey(LearningCycle.Elements.DISSEMINATE).taskCandidateGroup(Groups.BUSINESS_UNIT).list())
            .as("Disseminate the learning for the business unit, once per lesson")
            .extracting(Task::getName).containsExactly("Disseminate the learning", "Disseminate the learning");
    }

    private Task task(String businessKey, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).processDefinitionKey(LearningCycle.KEY)
            .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("the task %s of %s", taskKey, businessKey).isNotNull();
        return task;
    }
}
