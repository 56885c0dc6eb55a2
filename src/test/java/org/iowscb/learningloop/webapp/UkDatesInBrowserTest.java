package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.LearningLoopApplication;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dates and times as the board's people in England read and write them (issue 12): a date typed
 * {@code 03/12/2026} in a Camunda Form is 3 December 2026, a date a form shows reads dd/mm/yyyy,
 * every time is Europe/London's (GMT in winter, BST in summer), and the webapps carry the board's
 * logo and footer links. Each browser here is set, as many computers in England are, to American
 * English, and to a clock in New York: what the pages show must not depend on either.
 */
@Tag("browser")
@ExtendWith({ChromiumRequired.class, BrowserEvidence.class})
@SpringBootTest(classes = LearningLoopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:webapp;DB_CLOSE_DELAY=-1",
        "learningloop.demo-data=true",
        "learningloop.demo.cases=false",
        "camunda.bpm.job-execution.enabled=false"
    })
class UkDatesInBrowserTest {

    static final String BROWSER_LOCALE = "en-US";
    static final String BROWSER_ZONE = "America/New_York";
    static final String MY_GROUPS_TASKS = "My groups' tasks";
    static final By FOOTER_NOTE = By.id("footer-timezone");
    static final By LOGO = By.cssSelector("[cam-widget-header] .navbar-brand .brand-logo img.ll-logo");
    static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ProcessEngine engine;

    private final List<WebappBrowser> browsers = new ArrayList<>();

    /** As in WebappsInBrowserTest: the webapps serve the engine registered as "default". */
    @BeforeEach
    void theWebappsServeThisContextsEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }

    @AfterEach
    void closeBrowsersAndResetTheEngineClock() {
        browsers.forEach(WebappBrowser::close);
        browsers.clear();
        ClockUtil.reset();
    }

    // ---- dates in forms --------------------------------------------------------------------------

    /**
     * The case of the issue: {@code 03/12/2026} typed into the framework review's "Next review date"
     * is 3 December, not 12 March. The engine's clock is set to 1 June 2026, so that 3 December 2026
     * is a next review date the server accepts (after today, within two years) on whatever day
     * this test runs.
     */
    @Test
    void aDateTypedTheEnglishWayIsTheDayMeantAndIsStoredAsAnIsoDate() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T09:00:00Z")));
        Review review = startReview("The date of the next review is typed the English way");

        WebappBrowser browser = browser();
        browser.logIn("tasklist", "scr-chair", "demo");
        TasklistPage tasklist = new TasklistPage(browser);
        tasklist.selectFilter(MY_GROUPS_TASKS);
        tasklist.openTask(review.taskId());
        tasklist.claim();

        CamundaFormPage form = tasklist.form();
        WebElement date = form.input("nextReviewDate-date");
        assertThat(date.getDomAttribute("placeholder")).as("the date field's placeholder").isEqualTo("dd/mm/yyyy");
        form.fillText("whatChanged", "The next review is set for the Board's December meeting.");
        browser.type(date, "03/12/2026");
        date.sendKeys(Keys.ENTER);
        browser.waitUntil("the date field shows 03/12/2026 once confirmed",
            d -> "03/12/2026".equals(form.input("nextReviewDate-date").getDomProperty("value")));
        browser.scrollIntoView(form.input("whatChanged"));
        browser.screenshot("tasklist-uk-date-typed");

        tasklist.complete();
        browser.waitUntil("the review task is completed in the engine (or refused)",
            d -> history.createHistoricTaskInstanceQuery().taskId(review.taskId()).finished().count() == 1
                || tasklist.showsErrorNotification());
        assertThat(tasklist.showsErrorNotification()).as("an error notification after completing").isFalse();
        assertThat(variable(review.processInstanceId(), "nextReviewDate"))
            .as("the next review date the engine holds").isEqualTo("2026-12-03");
    }

    /**
     * The Board ratifies a revision and reads the next review date the Sub Group proposed, in a
     * read-only date field: 4 March of next year reads {@code 04/03/<year>}, a day and a month of
     * one digit each, so neither their order nor their zeros can be mistaken. The browser's clock
     * is west of UTC, where form-js on its own would show (and save back) the day before.
     */
    @Test
    void aDateAFormShowsReadsDayMonthYear() {
        LocalDate proposed = LocalDate.of(workingDays.today().getYear() + 1, 3, 4);
        Review review = startReview("A revision the Board ratifies");
        tasks.complete(review.taskId(), Map.of(
            FrameworkAnnualReview.WHAT_CHANGED.name(), "The escalation steps of the learning cycle were rewritten.",
            FrameworkAnnualReview.REVISION_NEEDED.name(), true,
            FrameworkAnnualReview.NEXT_REVIEW_DATE.name(), proposed.toString()));
        Task ratify = tasks.createTaskQuery().processInstanceId(review.processInstanceId())
            .taskDefinitionKey(FrameworkAnnualReview.Elements.RATIFY_REVISION).singleResult();
        assertThat(ratify).as("the Board's ratification task").isNotNull();

        WebappBrowser browser = browser();
        browser.logIn("tasklist", "board", "demo");
        TasklistPage tasklist = new TasklistPage(browser);
        tasklist.filterNames();
        tasklist.openTaskByAddress(ratify.getId());
        CamundaFormPage form = tasklist.form();

        String shown = proposed.format(ENGLISH);
        assertThat(shown).matches("04/03/\\d{4}");
        browser.waitUntil("the proposed next review date is shown",
            d -> !form.input("nextReviewDate-date").getDomProperty("value").isBlank());
        assertThat(form.input("nextReviewDate-date").getDomProperty("value")).as("the proposed next review date")
            .isEqualTo(shown);
        assertThat(form.input("nextReviewDate-date").getDomProperty("readOnly")).as("the date is read-only here")
            .isEqualTo("true");
        browser.scrollIntoView(form.input("nextReviewDate-date"));
        browser.screenshot("tasklist-uk-date-shown");

        // the date shown is the date kept: ratifying leaves it as the Sub Group proposed it
        tasklist.claim();
        tasklist.form().setCheckbox("ratified", true);
        tasklist.complete();
        browser.waitUntil("the ratification is completed in the engine (or refused)",
            d -> history.createHistoricTaskInstanceQuery().taskId(ratify.getId()).finished().count() == 1
                || tasklist.showsErrorNotification());
        assertThat(tasklist.showsErrorNotification()).as("an error notification after ratifying").isFalse();
        assertThat(variable(review.processInstanceId(), "nextReviewDate"))
            .as("the next review date after the Board ratified").isEqualTo(proposed.toString());
    }

    /**
     * A form's text shows the case's dates from its variables ("due **{{dueOn}}**"): they read
     * dd/mm/yyyy there too, not as the engine keeps them (2027-03-04).
     */
    @Test
    void aDateInAFormsTextReadsDayMonthYear() {
        LocalDate due = LocalDate.of(workingDays.today().getYear() + 1, 3, 4);
        ProcessInstance action = runtime.startProcessInstanceByKey(ImprovementAction.KEY, Map.of(
            ImprovementAction.ACTION_DESCRIPTION.name(), "Police refer every domestic abuse call-out to the MASH the same day",
            ImprovementAction.OWNER_GROUP.name(), "agency-police",
            ImprovementAction.DUE_ON.name(), due.toString(),
            ImprovementAction.MONITORING_GROUP.name(), "pqa-subgroup"));
        Task giveEvidence = tasks.createTaskQuery().processInstanceId(action.getId())
            .taskDefinitionKey(ImprovementAction.Elements.GIVE_EVIDENCE).singleResult();

        WebappBrowser browser = browser();
        browser.logIn("tasklist", "police", "demo");
        TasklistPage tasklist = new TasklistPage(browser);
        tasklist.selectFilter(MY_GROUPS_TASKS);
        tasklist.openTask(giveEvidence.getId());
        CamundaFormPage form = tasklist.form();

        String shown = due.format(ENGLISH);
        browser.waitUntil("the form's text gives the due date as " + shown, d -> form.text().contains("due " + shown));
        assertThat(form.text()).as("the form's text").doesNotContain(due.toString());
        browser.screenshot("tasklist-uk-date-in-text");
    }

    // ---- times -----------------------------------------------------------------------------------

    /**
     * A task due at 15:30 UTC on 1 July 2026 is due at 16:30 in London (BST); one to follow up at
     * 15:30 UTC on 1 December 2026 at 15:30 (GMT). Tasklist shows both in full when one points at
     * them, and its footer names Europe/London, never the browser's own zone.
     */
    @Test
    void tasklistShowsTimesInLondonAcrossTheSummerTimeChange() {
        Review review = startReview("Times in London");
        Task task = tasks.createTaskQuery().taskId(review.taskId()).singleResult();
        task.setDueDate(Date.from(Instant.parse("2026-07-01T15:30:00Z")));
        task.setFollowUpDate(Date.from(Instant.parse("2026-12-01T15:30:00Z")));
        tasks.saveTask(task);

        WebappBrowser browser = browser();
        browser.logIn("tasklist", "scr-chair", "demo");
        assertThat(((JavascriptExecutor) browser.driver())
            .executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;"))
            .as("the browser's own zone (emulated)").isEqualTo(BROWSER_ZONE);
        TasklistPage tasklist = new TasklistPage(browser);
        tasklist.selectFilter(MY_GROUPS_TASKS);
        tasklist.openTask(review.taskId());

        assertThat(fullDate(browser, "[cam-tasklist-task-meta] .due-date")).as("the due date in full")
            .isEqualTo("Wednesday 1 July 2026, 16:30");
        assertThat(fullDate(browser, "[cam-tasklist-task-meta] .followup-date")).as("the follow-up date in full")
            .isEqualTo("Tuesday 1 December 2026, 15:30");
        assertThatTheFooterNamesLondon(browser, "Tasklist");
        browser.screenshot("tasklist-times-in-london");
    }

    /**
     * Cockpit and Admin format dates with the same filter as Tasklist; it reads a summer and a
     * winter time the London way there too, and no footer names the browser's zone. Cockpit's
     * list of a process's instances gives their start in London time, the English way (Cockpit's
     * own format was 2026-12-03T14:05:00).
     */
    @Test
    void cockpitAndAdminShowTimesInLondonToo() {
        Review review = startReview("Cockpit shows when it started");
        String definition = runtime.createProcessInstanceQuery().processInstanceId(review.processInstanceId())
            .singleResult().getProcessDefinitionId();
        String started = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).format(history
            .createHistoricProcessInstanceQuery().processInstanceId(review.processInstanceId()).singleResult()
            .getStartTime().toInstant().atZone(ZoneId.of("Europe/London")));

        WebappBrowser browser = browser();
        browser.logIn("cockpit", "demo", "demo");
        browser.waitUntil("the Cockpit dashboard", d -> browser.bodyText().contains("Process Definitions"));
        assertThatTheDateFilterReadsLondonTime(browser, "Cockpit");
        assertThatTheFooterNamesLondon(browser, "Cockpit");

        browser.get("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
        WebElement start = browser.visible(By.xpath("//td[contains(@class,'instance-id')]//a[@title='"
            + review.processInstanceId() + "']/ancestor::tr[1]/td[contains(@class,'start-time')]"),
            "the start time of the review in Cockpit's list of instances");
        assertThat(start.getText().trim()).as("when the review started, in Cockpit").isEqualTo(started);
        browser.screenshot("cockpit-instances-london-time");

        browser.get("/camunda/app/admin/");
        browser.waitUntil("the Admin dashboard", d -> browser.bodyText().contains("List of Users"));
        assertThatTheDateFilterReadsLondonTime(browser, "Admin");
        assertThatTheFooterNamesLondon(browser, "Admin");
    }

    // ---- the board's look ------------------------------------------------------------------------

    /** The logo slot holds the product's own logo, and the footer links to the framework and the docs. */
    @Test
    void everyWebappShowsTheLogoAndTheFooterLinks() {
        WebappBrowser browser = browser();
        browser.logIn("tasklist", "demo", "demo");
        new TasklistPage(browser).filterNames();
        assertTheLogoAndLinks(browser, "Tasklist");
        browser.screenshot("tasklist-logo-and-footer");

        for (String app : List.of("cockpit", "admin", "welcome")) {
            browser.get("/camunda/app/" + app + "/");
            assertTheLogoAndLinks(browser, app);
            assertThatTheFooterNamesLondon(browser, app);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    record Review(String processInstanceId, String taskId) {
    }

    private Review startReview(String reason) {
        ProcessInstance instance = runtime.createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
            .setVariable(FrameworkAnnualReview.REASON.name(), reason)
            .correlateStartMessage();
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(FrameworkAnnualReview.Elements.REVIEW_FRAMEWORK).singleResult();
        return new Review(instance.getId(), task.getId());
    }

    private Object variable(String processInstanceId, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
            .list().stream().filter(v -> v.getTaskId() == null).map(HistoricVariableInstance::getValue)
            .findFirst().orElse(null);
    }

    /** The date in full that Tasklist shows as a tooltip over a relative one ("in 7 months"). */
    private static String fullDate(WebappBrowser browser, String css) {
        WebElement date = browser.waitUntil("the date " + css,
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(css + " [am-time-ago]")));
        browser.waitUntil("the date " + css + " has its tooltip", d -> !date.getDomAttribute("uib-tooltip").isBlank()
            && !date.getDomAttribute("uib-tooltip").contains("{{"));
        return date.getDomAttribute("uib-tooltip").trim();
    }

    /** The webapps' own date filter (camDate), as every page of theirs formats a date. */
    private static void assertThatTheDateFilterReadsLondonTime(WebappBrowser browser, String app) {
        String format = "var camDate = angular.element(document.documentElement).injector().get('$filter')('camDate');"
            + " return [camDate('2026-07-01T15:30:00.000+0000', 'long'), camDate('2026-12-01T15:30:00.000+0000', 'long')];";
        Object shown = ((JavascriptExecutor) browser.driver()).executeScript(format);
        assertThat(shown).as("%s's dates of 15:30 UTC on 1 July (BST) and 1 December 2026 (GMT)", app)
            .isEqualTo(List.of("Wednesday 1 July 2026, 16:30", "Tuesday 1 December 2026, 15:30"));
    }

    private static void assertThatTheFooterNamesLondon(WebappBrowser browser, String app) {
        WebElement note = browser.waitUntil(app + "'s footer names the board's zone", d -> d.findElements(FOOTER_NOTE)
            .stream().filter(n -> n.getText().contains("Europe/London")).findFirst().orElse(null));
        assertThat(note.getText()).as("%s's footer", app).contains("Dates and times in Europe/London (UK time)");
        assertThat(browser.bodyText()).as("%s's page", app)
            .doesNotContain("local timezone", BROWSER_ZONE, "Date and Time displayed in");
    }

    private static void assertTheLogoAndLinks(WebappBrowser browser, String app) {
        WebElement logo = browser.visible(LOGO, app + "'s logo");
        assertThat(logo.getDomAttribute("src")).as("%s's logo", app).isEqualTo("/camunda/learning-loop/logo");
        browser.waitUntil(app + "'s logo is loaded", d -> ((Number) ((JavascriptExecutor) d)
            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", logo)).intValue() > 0);
        assertThat(logo.getDomAttribute("alt")).isEqualTo("Isle of Wight Safeguarding Children Board");

        List<WebElement> links = browser.waitUntil(app + "'s footer links", d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#footer-timezone .ll-footer-links a"));
            return found.size() == 3 ? found : null;
        });
        assertThat(links).extracting(WebElement::getText).as("%s's footer links", app)
            .containsExactly("Board page", "Working Together to Safeguard Children", "Help with Tasklist and Cockpit");
        assertThat(links).extracting(a -> a.getDomAttribute("href")).containsExactly("/board/",
            "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2",
            "https://docs.camunda.org/manual/7.24/webapps/");
        assertThat(links).allSatisfy(a -> assertThat(a.isDisplayed()).as("%s: %s is shown", app, a.getText()).isTrue());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A browser in American English on a computer set to New York time, past the first-visit check. */
    private WebappBrowser browser() {
        WebappBrowser browser = WebappBrowser.open(baseUrl());
        browsers.add(browser);
        browser.emulateLocaleAndTimeZone(BROWSER_LOCALE, BROWSER_ZONE);
        browser.skipFirstVisitWelcomeCheck();
        return browser;
    }
}
