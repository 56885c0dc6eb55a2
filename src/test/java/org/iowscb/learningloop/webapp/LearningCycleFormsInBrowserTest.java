package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.learning.LearningLoop.SOURCE_TYPE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_DESCRIPTION;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.LESSON_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.OWNER_GROUP;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.REPEATED_THEMES;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
    void scrChairIdentifiesALessonAndPlansItsDisseminationAndAnAction() {
        String cycle = starter.start(CaseType.LEARNING_CYCLE, "SCR-2026-0900",
            Map.of(SOURCE_TYPE.name(), "serious-case-review", FINDINGS.name(), REVIEW_FINDINGS));
        String statement = "Agencies did not share what they knew about the bruising in time.";
        String actionText = "Police to brief every officer on sharing bruising concerns with children's services.";
        // 5 March of next year: a month and a day of one digit, after today whatever the date
        LocalDate due = LocalDate.of(workingDays.today().getYear() + 1, 3, 5);

        TasklistPage tasklist = tasklistAs("scr-chair");
        WebappBrowser browser = tasklist.browser();

        // ---- Identify the lessons ----------------------------------------------------------------
        Task identify = task(cycle, LearningCycle.Elements.IDENTIFY_LESSONS);
        tasklist.showCaseUnder(MY_GROUPS_TASKS, cycle);
        assertThat(tasklist.waitForTaskCard(identify.getId(), "Identify the lessons is listed under " + MY_GROUPS_TASKS)
            .getText()).contains("Identify the lessons");
        tasklist.openTask(identify.getId());
        tasklist.claim();

        CamundaFormPage identifyForm = tasklist.form();
        String repeated = (String) runtime.getVariable(identify.getProcessInstanceId(), REPEATED_THEMES.name());
        assertThat(identifyForm.text()).as("the identification form's text")
            .contains("Cycle " + cycle, "SCR-2026-0900", "Themes already seen in earlier reviews",
                repeated.lines().findFirst().orElseThrow().replaceFirst("^- ", ""));
        assertThat(identifyForm.input(FINDINGS.name()).getDomProperty("value")).as("the findings handed over")
            .isEqualTo(REVIEW_FINDINGS);
        assertThat(identifyForm.shows("lesson2Statement")).as("Lesson 2 before Lesson 1 has a statement").isFalse();

        identifyForm.fillText("lesson1Statement", statement);
        assertThat(checklistLabels(browser, "lesson1Themes")).as("the themes offered for Lesson 1")
            .contains("Neglect", "Information sharing");
        tick(browser, "lesson1Themes", "Neglect");
        tick(browser, "lesson1Themes", "Information sharing");
        browser.scrollIntoView(identifyForm.input("lesson1Statement"));
        browser.screenshot("learning-cycle-identify");

        tasklist.complete();
        waitUntilCompleted(browser, identify);
        assertThat(tasklist.showsErrorNotification()).as("an error notification after completing").isFalse();

        assertThat(jdbc.queryForList("select statement from ll_lesson where cycle_reference = ?", String.class, cycle))
            .as("the register's lessons of %s", cycle).containsExactly(statement);
        assertThat(jdbc.queryForList("select t.theme_code from ll_lesson_theme t join ll_lesson l on l.id = t.lesson_id"
            + " where l.cycle_reference = ?", String.class, cycle))
            .as("the themes of the lesson").containsExactlyInAnyOrder("neglect", "information-sharing");

        // ---- Plan dissemination and actions ------------------------------------------------------
        Task plan = task(cycle, LearningCycle.Elements.PLAN_EMBEDDING);
        tasklist.showCaseUnder(MY_GROUPS_TASKS, cycle);
        tasklist.openTask(plan.getId());
        tasklist.claim();

        CamundaFormPage form = tasklist.form();
        assertThat(form.text()).as("the plan form shows the lesson").contains("Cycle " + cycle, statement);
        assertThat(form.shows("action2Description")).as("Action 2 before Action 1 has a description").isFalse();

        tick(browser, "lesson1Methods", "Board briefings and communication (business unit, to the Board)");
        form.fillText("action1Description", actionText);
        browser.waitUntil("Action 2 appears once Action 1 has a description", d -> form.shows("action2Description"));
        choose(browser, "action1Owner", "Police");
        String typedDue = form.fillDate("action1DueOn", due);
        choose(browser, "action1Lesson", "Lesson 1");
        browser.scrollIntoView(form.input("action1Description"));
        browser.screenshot("learning-cycle-plan");

        tasklist.complete();
        waitUntilCompleted(browser, plan);
        assertThat(tasklist.showsErrorNotification()).as("an error notification after completing (due date typed %s)",
            typedDue).isFalse();

        List<ProcessInstance> actions = runtime.createProcessInstanceQuery().processDefinitionKey(IMPROVEMENT_ACTION)
            .processInstanceBusinessKey(cycle).active().list();
        assertThat(actions).as("improvement actions of %s", cycle).hasSize(1);
        String action = actions.get(0).getId();
        assertThat(runtime.getVariable(action, OWNER_GROUP.name())).isEqualTo("agency-police");
        assertThat(runtime.getVariable(action, DUE_ON.name())).isEqualTo(due.toString());
        assertThat(runtime.getVariable(action, ACTION_DESCRIPTION.name())).isEqualTo(actionText);
        assertThat(runtime.getVariable(action, LESSON_REFERENCE.name())).isEqualTo(cycle + "/1");

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(cycle)
            .taskDefinitionKey(LearningCycle.Elements.DISSEMINATE).taskCandidateGroup(Groups.BUSINESS_UNIT).list())
            .as("Disseminate the learning for the business unit")
            .extracting(Task::getName).containsExactly("Disseminate the learning");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Task task(String businessKey, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).processDefinitionKey(LearningCycle.KEY)
            .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("the task %s of %s", taskKey, businessKey).isNotNull();
        return task;
    }

    private void waitUntilCompleted(WebappBrowser browser, Task task) {
        browser.waitUntil("the task " + task.getName() + " is completed in the engine", Duration.ofSeconds(30),
            d -> history.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count() == 1
                || new TasklistPage(browser).showsErrorNotification());
        TasklistPage tasklist = new TasklistPage(browser);
        if (tasklist.showsErrorNotification()) {
            throw new AssertionError("Tasklist refused to complete " + task.getName() + ": "
                + tasklist.waitForErrorNotification());
        }
    }

    /** The option labels of a form-js checklist (each checkbox sits inside its label). */
    private static List<String> checklistLabels(WebappBrowser browser, String key) {
        return browser.driver().findElements(checklistBoxes(key)).stream()
            .map(box -> box.findElement(By.xpath("./ancestor::label[1]")).getText().trim())
            .toList();
    }

    private static void tick(WebappBrowser browser, String key, String label) {
        browser.waitUntil("the checklist '" + key + "' is rendered", d -> !d.findElements(checklistBoxes(key)).isEmpty());
        WebElement box = browser.driver().findElements(checklistBoxes(key)).stream()
            .filter(b -> b.findElement(By.xpath("./ancestor::label[1]")).getText().trim().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option '" + label + "' in the checklist '" + key + "'; it offers "
                + checklistLabels(browser, key)));
        String id = box.getDomAttribute("id");
        if (!box.isSelected()) {
            browser.click(box);
        }
        browser.waitUntil("'" + label + "' is ticked in '" + key + "'",
            d -> d.findElement(By.id(id)).isSelected());
    }

    private static By checklistBoxes(String key) {
        return By.cssSelector("form.fjs-form input[type='checkbox'][id*='-" + key + "-']");
    }

    /**
     * Opens a form-js select and picks the option by its label. form-js 1.x puts the field's id on a
     * hidden input; a person clicks the visible box ({@code .fjs-input-group}) of the field.
     */
    private static void choose(WebappBrowser browser, String key, String label) {
        By field = By.xpath("//form[contains(@class,'fjs-form')]//*[substring(@id, string-length(@id) - "
            + key.length() + ") = '-" + key + "']/ancestor::*[contains(@class,'fjs-form-field')][1]");
        WebElement container = browser.waitUntil("the select '" + key + "'", ExpectedConditions.presenceOfElementLocated(field));
        WebElement box = container.findElement(By.cssSelector(".fjs-input-group"));
        browser.click(box);
        By option = By.xpath("//form[contains(@class,'fjs-form')]//*[contains(@class,'fjs-dropdownlist-item')"
            + " and normalize-space(.)='" + label + "']");
        WebElement item = browser.waitUntil("the option '" + label + "' of '" + key + "'; the field reads: "
                + container.getDomProperty("outerHTML"), ExpectedConditions.presenceOfElementLocated(option));
        browser.scrollIntoView(item);
        item.click();
        browser.waitUntil("'" + key + "' shows " + label,
            d -> d.findElement(field).findElement(By.cssSelector(".fjs-input-group")).getText().contains(label));
    }
}
