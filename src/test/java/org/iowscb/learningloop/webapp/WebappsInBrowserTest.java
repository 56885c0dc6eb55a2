package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.BOARD_COMMENTS;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.NEXT_REVIEW_DATE;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REASON;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REVISION_NEEDED;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.WHAT_CHANGED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.SUMMARY;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.ReferralFacts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application in a real headless Chromium: what a person sees in Camunda's Tasklist,
 * Cockpit and Admin. Needs Debian's chromium and chromium-driver at /usr/bin; skipped without
 * them, unless {@code REQUIRE_BROWSER=true}, when their absence fails the build. Screenshots for
 * the README land in target/screenshots.
 */
class WebappsInBrowserTest extends BrowserTest {

    static final String REVIEW_TASK_NAME = "Review the framework";
    static final String PROCESS_NAME = "Annual review of the Learning and Improvement Framework";

    // ---- 1. the administrator: Tasklist, Cockpit, Admin ------------------------------------------

    @Test
    void demoSeesTheFourTasklistFiltersAndReachesCockpitAndAdmin() {
        WebappBrowser browser = browser();
        browser.logIn("tasklist", "demo", "demo");

        TasklistPage tasklist = new TasklistPage(browser);
        assertThat(tasklist.filterNames()).as("the Tasklist filters of demo").containsExactlyElementsOf(FILTERS);
        assertTheBoardsLook(browser, "Tasklist");
        browser.screenshot("tasklist-filters-demo");

        browser.get("/camunda/app/cockpit/");
        waitForCockpitDashboard(browser);
        assertTheBoardsLook(browser, "Cockpit");

        browser.get("/camunda/app/admin/");
        browser.waitUntil("the Admin dashboard", d -> d.getCurrentUrl().contains("/camunda/app/admin/default/#/")
            && browser.bodyText().contains("List of Users"));
        assertThat(browser.bodyText()).contains("Authorizations", "Manage Authorizations");
        assertTheBoardsLook(browser, "Admin");
        browser.screenshot("admin-dashboard-demo");
    }

    /**
     * The product's and the board's names in the header, and no banner telling the board to
     * migrate to Camunda 8 (which Camunda's webapps show on every page by default).
     */
    private static void assertTheBoardsLook(WebappBrowser browser, String app) {
        browser.waitUntil(app + " shows the board's name beside " + "Learning Loop " + app,
            d -> browser.bodyText().contains("Learning Loop " + app)
                && browser.bodyText().contains("Isle of Wight Safeguarding Children Board"));
        assertThat(browser.bodyText()).as("%s's page", app).doesNotContain("migrate to Camunda 8", "Camunda " + app);
        assertThat(browser.driver().getTitle()).as("%s's title", app).startsWith("Learning Loop " + app);
    }

    /**
     * Every webapp login page asks {@code GET /camunda-welcome} once per browser (the first-visit
     * welcome note). That path is outside {@code /camunda/}, so the application's authentication
     * filter answers {@code 401} with {@code WWW-Authenticate: Basic}, and the browser opens its
     * own "Sign in" dialog on top of Camunda's login page. Headless Chromium shows the same thing
     * as lost keyboard focus: what is typed into the login form never arrives.
     */
    @Test
    void theLoginPageOpensNoBrowserSignInDialog() throws Exception {
        WebappBrowser browser = browserWithoutWorkarounds();
        browser.get("/camunda/app/tasklist/");
        WebElement username = browser.visible(By.cssSelector("form[name='signinForm'] input[ng-model='username']"),
            "the login form");

        // wait until the welcome check is answered (its resource timing entry appears) or the page
        // loses focus to a dialog; without a check at all, give up waiting after 10 seconds
        String answered = "return performance.getEntriesByType('resource')"
            + ".some(function (e) { return e.name.endsWith('/camunda-welcome'); });";
        holdsWithin(browser, Duration.ofSeconds(10), d -> (Boolean)
            ((JavascriptExecutor) d).executeScript("if (!document.hasFocus()) { return true; } " + answered));
        boolean welcomeCheckAnswered = (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(answered);
        username.sendKeys("demo");
        String typed = username.getDomProperty("value");

        if (!"demo".equals(typed)) {
            HttpResponse<Void> welcome = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda-welcome")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
            fail("The Tasklist login page is blocked by the browser's own sign-in dialog: its first-visit check"
                + " GET /camunda-welcome is answered " + welcome.statusCode() + " with WWW-Authenticate: "
                + welcome.headers().firstValue("WWW-Authenticate").orElse("(none)")
                + " (the check was answered in the page: " + welcomeCheckAnswered
                + "; typed 'demo' into the user name, the field holds '" + typed + "')."
                + " Let /camunda-welcome through AuthenticationRequiredFilter (or answer it without a Basic"
                + " challenge), or set disableWelcomeMessage in the webapps' config.js.");
        }
    }

    // ---- 2. the SCR Sub Group works the framework review ----------------------------------------

    @Test
    void scrChairFindsTheReviewUnderMyGroupsTasks() {
        Review review = startReview("The statutory guidance changed");

        TasklistPage tasklist = tasklistAs("scr-chair");
        assertThat(tasklist.filterNames()).containsExactlyElementsOf(FILTERS);
        tasklist.showCaseUnder(MY_GROUPS_TASKS, review.caseReference());

        WebElement card = tasklist.waitForTaskCard(review.taskId(), "the review is listed under " + MY_GROUPS_TASKS);
        assertThat(card.getText()).contains(REVIEW_TASK_NAME, PROCESS_NAME);
    }

    /**
     * The filters are meant to show the variable caseReference beside each task ("Case
     * reference"). Tasklist reads it through the variable instance query, which the engine only
     * answers with READ on the process instance (or READ_INSTANCE on its definition); a candidate
     * group has neither, only READ and TASK_WORK on the task.
     */
    @Test
    void myGroupsTasksShowsTheCaseReferenceBesideTheTask() {
        Review review = startReview("National agenda");

        TasklistPage tasklist = tasklistAs("scr-chair");
        WebappBrowser browser = tasklist.browser();
        tasklist.showCaseUnder(MY_GROUPS_TASKS, review.caseReference());
        tasklist.waitForTaskCard(review.taskId(), "the review is listed under " + MY_GROUPS_TASKS);

        boolean shown = holdsWithin(browser, Duration.ofSeconds(10),
            d -> tasklist.taskCard(review.taskId()).map(WebElement::getText).orElse("").contains(review.caseReference()));
        browser.screenshot("tasklist-my-groups-tasks-scr-chair");
        assertThat(shown)
            .as("the card of the review under '%s' shows its case reference %s; the card reads: %s", MY_GROUPS_TASKS,
                review.caseReference(), tasklist.taskCard(review.taskId()).map(WebElement::getText).orElse("(gone)"))
            .isTrue();
    }

    @Test
    void scrChairClaimsFillsAndCompletesTheReviewForm() {
        Review review = startReview("New statutory guidance was published");
        // a day of one digit, on whatever date the test runs: the picker shows it without its zero
        LocalDate nextReview = workingDays.today().plusYears(1).withDayOfMonth(4);

        TasklistPage tasklist = reviewOpenedByTheScrChair(review);
        WebappBrowser browser = tasklist.browser();
        tasklist.claim();

        CamundaFormPage form = tasklist.form();
        assertThat(form.text()).as("the form's introduction").contains("Case " + review.caseReference());
        assertThat(form.labels()).contains(
            "What has changed since the last review",
            "The framework needs revising (the Board will be asked to ratify the revision)",
            "Next review date",
            "Why an earlier review was requested");
        assertThat(form.input(REASON.name()).getDomProperty("value")).isEqualTo("New statutory guidance was published");

        String whatChanged = "Working Together 2026 replaces the 2023 guidance; the learning cycle needs a new step.";
        form.fillText(WHAT_CHANGED.name(), whatChanged);
        form.setCheckbox(REVISION_NEEDED.name(), true);
        form.fillDate(NEXT_REVIEW_DATE.name(), nextReview);
        browser.scrollIntoView(form.input(WHAT_CHANGED.name()));
        browser.screenshot("tasklist-framework-review-form");

        tasklist.complete();
        browser.waitUntil("the review task is completed in the engine",
            d -> history.createHistoricTaskInstanceQuery().taskId(review.taskId()).finished().count() == 1);
        tasklist.waitUntilTaskLeavesTheList(review.taskId(), Duration.ofSeconds(30));
        assertThat(tasklist.showsErrorNotification()).as("an error notification after completing").isFalse();

        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(review.taskId()).singleResult();
        assertThat(done.getAssignee()).isEqualTo("scr-chair");
        assertThat(done.getDeleteReason()).isEqualTo("completed");

        Map<String, HistoricVariableInstance> variables = variablesOf(review.processInstanceId());
        assertThat(variables.get(WHAT_CHANGED.name())).satisfies(v -> {
            assertThat(v.getTypeName()).isEqualTo("string");
            assertThat(v.getValue()).isEqualTo(whatChanged);
        });
        assertThat(variables.get(REVISION_NEEDED.name())).satisfies(v -> {
            assertThat(v.getTypeName()).isEqualTo("boolean");
            assertThat(v.getValue()).isEqualTo(Boolean.TRUE);
        });
        assertThat(variables.get(NEXT_REVIEW_DATE.name())).satisfies(v -> {
            assertThat(v.getTypeName()).isEqualTo("string");
            assertThat(v.getValue()).isEqualTo(nextReview.toString());
        });
        assertThat(tasks.createTaskQuery().processInstanceId(review.processInstanceId())
            .taskDefinitionKey(FrameworkAnnualReview.Elements.RATIFY_REVISION).count())
            .as("a revision goes to the Board").isEqualTo(1);
    }

    @Test
    void aNextReviewDateInThePastIsRefusedOnTheFormAndTheTaskStaysOpen() {
        Review review = startReview("Delivery of the framework");
        LocalDate lastWeek = workingDays.today().minusDays(7);

        TasklistPage tasklist = reviewOpenedByTheScrChair(review);
        WebappBrowser browser = tasklist.browser();
        tasklist.claim();

        CamundaFormPage form = tasklist.form();
        form.fillText(WHAT_CHANGED.name(), "Nothing of substance.");
        form.fillDate(NEXT_REVIEW_DATE.name(), lastWeek);
        tasklist.complete();

        String message = tasklist.waitForErrorNotification();
        browser.screenshot("tasklist-framework-review-date-refused");
        assertThat(message).contains("Please correct:", "the next review date must be after today",
            "Next review date is " + lastWeek.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        assertThat(tasks.createTaskQuery().taskId(review.taskId()).count()).as("the task is still open").isEqualTo(1);
        assertThat(runtime.getVariable(review.processInstanceId(), WHAT_CHANGED.name())).as("nothing was saved").isNull();
        assertThat(form.input(WHAT_CHANGED.name()).getDomProperty("value")).as("the form keeps what was typed")
            .isEqualTo("Nothing of substance.");
    }

    /**
     * The form hides "The Board's comments on the last revision" with {@code =boardComments = null}.
     * form-js starts an empty text area at "" rather than null, so on a first review the empty,
     * read-only box is shown (and submitted back as boardComments = "").
     */
    @Test
    void aFirstReviewShowsNoEmptyBoardCommentsBox() {
        Review review = startReview("First review of the year");

        TasklistPage tasklist = reviewOpenedByTheScrChair(review);
        CamundaFormPage form = tasklist.form();
        form.input(WHAT_CHANGED.name());

        assertThat(form.shows(REASON.name())).as("the reason of an earlier review is shown").isTrue();
        assertThat(form.shows(BOARD_COMMENTS.name()))
            .as("the read-only box \"The Board's comments on the last revision\" on a review the Board never saw")
            .isFalse();
    }

    /**
     * A start form has no case to read choices from: the referral's start form offers the
     * agencies by name from its start form variables (StartFormChoices), and nobody types a group id.
     */
    @Test
    void theReferralStartFormOffersTheAgenciesByName() {
        WebappBrowser browser = browser();
        browser.logIn("tasklist", "bu", "demo");
        TasklistPage tasklist = new TasklistPage(browser);
        tasklist.filterNames();
        tasklist.openStartForm("Referral of a serious incident for a case review");
        CamundaFormPage form = new CamundaFormPage(browser);
        assertThat(form.labels()).contains("Referring agency");

        By field = By.xpath("//form[contains(@class,'fjs-form')]//*[substring(@id, string-length(@id) - 15) ="
            + " '-referringAgency']/ancestor::*[contains(@class,'fjs-form-field')][1]");
        WebElement select = browser.waitUntil("the select 'Referring agency'",
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(field));
        browser.click(select.findElement(By.cssSelector(".fjs-input-group")));
        browser.waitUntil("the agencies offered by name", d -> d.findElements(By.cssSelector(
            "form.fjs-form .fjs-dropdownlist-item")).stream().map(WebElement::getText).toList()
            .containsAll(List.of("Police", "Health", "Children's services", "Probation")));
        assertThat(select.findElements(By.cssSelector("input[type='text']:not([readonly])")))
            .as("no text box to type a group id into").allSatisfy(input -> assertThat(input.isDisplayed()).isFalse());
        browser.screenshot("tasklist-referral-start-form");

        // the chosen agency reaches the case as its group id
        WebElement police = browser.driver().findElements(By.cssSelector("form.fjs-form .fjs-dropdownlist-item"))
            .stream().filter(item -> item.getText().equals("Police")).findFirst().orElseThrow();
        police.click();
        form.fillText(SUMMARY.name(), "Bruising seen at school; shared late.");
        LocalDate known = workingDays.today().withDayOfMonth(1);
        form.fillDate(INCIDENT_KNOWN_ON.name(), known);
        form.fillText(CHILD_AGE_YEARS.name(), "9");
        browser.click(browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//label[normalize-space(.)='None']"
            + "/input"), "the concern 'None'"));
        assertThat(form.input(SUMMARY.name()).getDomProperty("value")).as("the summary before Start")
            .isEqualTo("Bruising seen at school; shared late.");
        Set<String> before = referralIds();
        tasklist.start();
        browser.waitUntil("the referral is started", d -> referralIds().size() == before.size() + 1);
        String referral = referralIds().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
        assertThat(runtime.getVariable(referral, REFERRING_AGENCY.name())).isEqualTo("agency-police");
        assertThat(runtime.getVariable(referral, INCIDENT_KNOWN_ON.name())).isEqualTo(known.toString());
    }

    /**
     * Lists other modules give every start form (StartFormChoice) reach Tasklist's start forms too:
     * the improvement action's start form offers the board's cases by reference and type.
     */
    @Test
    void theActionStartFormOffersTheCasesToChooseFrom() {
        String started = runtime.startProcessInstanceByKey(CaseReviewReferral.KEY, ReferralFacts.seriousHarm()).getId();
        String referral = history.createHistoricProcessInstanceQuery().processInstanceId(started).singleResult()
            .getBusinessKey();
        WebappBrowser browser = browser();
        browser.logIn("tasklist", "bu", "demo");
        TasklistPage tasklist = new TasklistPage(browser);
        tasklist.filterNames();
        tasklist.openStartForm("Improvement action");
        By field = By.xpath("//form[contains(@class,'fjs-form')]//*[substring(@id, string-length(@id) - 15) ="
            + " '-sourceReference']/ancestor::*[contains(@class,'fjs-form-field')][1]");
        WebElement select = browser.waitUntil("the select 'The review or audit it comes from'",
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(field));
        browser.scrollIntoView(select);
        browser.click(select.findElement(By.cssSelector(".fjs-input-group")));
        browser.waitUntil("the referral " + referral + " offered by its reference", d -> d.findElements(By.cssSelector(
            "form.fjs-form .fjs-dropdownlist-item")).stream().map(WebElement::getText)
            .anyMatch(text -> text.startsWith(referral + " · ")));
        browser.screenshot("tasklist-action-start-form-cases");
    }

    // ---- 3. the Board and an agency --------------------------------------------------------------

    @Test
    void boardReachesCockpitButAdminIsRefused() {
        WebappBrowser browser = browser();
        browser.logIn("cockpit", "board", "demo");
        waitForCockpitDashboard(browser);
        browser.screenshot("cockpit-dashboard");

        browser.get("/camunda/app/cockpit/default/#/processes");
        browser.waitForText(PROCESS_NAME);
        browser.screenshot("cockpit-processes");

        browser.get("/camunda/app/admin/");
        browser.waitUntil("Admin refuses the Board", d -> refusal(browser.bodyText()));
        browser.screenshot("admin-refused-board");
        assertThat(browser.bodyText()).doesNotContain("List of Users", "Manage Authorizations");
    }

    @Test
    void policeSeeNoFrameworkReviewTask() {
        Review review = startReview("A police-led review was published");

        TasklistPage tasklist = tasklistAs("police");
        WebappBrowser browser = tasklist.browser();
        assertThat(tasklist.filterNames()).containsExactlyElementsOf(FILTERS);
        for (String filter : FILTERS) {
            tasklist.selectFilter(filter);
            tasklist.waitForTaskList();
            assertThat(tasklist.taskCard(review.taskId())).as("the review under '%s' for police", filter).isEmpty();
            assertThat(tasklist.taskListText()).as("police's list under '%s'", filter).doesNotContain(REVIEW_TASK_NAME);
        }

        tasklist.openTaskByAddress(review.taskId());
        String message = tasklist.waitForErrorNotification();
        assertThat(message).as("the plain answer for a task one may not see").contains("There is no task");
        assertThat(browser.driver().findElements(By.cssSelector("form.fjs-form")))
            .as("the review form opened by its address for police").isEmpty();
        assertThat(browser.bodyText()).doesNotContain(review.caseReference());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    record Review(String processInstanceId, String taskId, String caseReference) {
    }

    /** The SCR Sub Group chair opens the review's task from "My groups' tasks" in Tasklist. */
    private TasklistPage reviewOpenedByTheScrChair(Review review) {
        TasklistPage tasklist = tasklistAs("scr-chair");
        tasklist.showCaseUnder(MY_GROUPS_TASKS, review.caseReference());
        tasklist.openTask(review.taskId());
        return tasklist;
    }

    /** Starts an earlier review the way the REST API's message correlation does. */
    private Review startReview(String reason) {
        ProcessInstance instance = runtime.createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
            .setVariable(REASON.name(), reason)
            .correlateStartMessage();
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(FrameworkAnnualReview.Elements.REVIEW_FRAMEWORK).singleResult();
        String caseReference = (String) runtime.getVariable(instance.getId(), CaseVariables.CASE_REFERENCE.name());
        assertThat(caseReference).matches("FWR-\\d{4}-\\d{4}");
        return new Review(instance.getId(), task.getId(), caseReference);
    }

    private Set<String> referralIds() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseReviewReferral.KEY).list().stream()
            .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    /** The variables of the process instance's own scope (not task-local ones), by name. */
    private Map<String, HistoricVariableInstance> variablesOf(String processInstanceId) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list().stream()
            .filter(v -> v.getTaskId() == null)
            .collect(Collectors.toMap(HistoricVariableInstance::getName, Function.identity(), (first, second) -> second));
    }

    private static void waitForCockpitDashboard(WebappBrowser browser) {
        browser.waitUntil("the Cockpit dashboard with the deployed process definitions",
            d -> d.getCurrentUrl().contains("/camunda/app/cockpit/default/#/dashboard")
                && browser.bodyText().contains("Process Definitions"));
        browser.waitUntil("the Cockpit dashboard counts at least one deployed process definition",
            d -> d.findElements(By.cssSelector(".stats-section.processes a.value")).stream()
                .filter(WebElement::isDisplayed)
                .map(e -> e.getText().trim())
                .anyMatch(n -> n.matches("\\d+") && Integer.parseInt(n) >= 1));
    }

    private static boolean refusal(String page) {
        return page.contains("No access rights for admin") || page.contains("Forbidden") || page.contains("403");
    }

    private static boolean holdsWithin(WebappBrowser browser, Duration timeout,
                                       Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            browser.waitUntil("", timeout, d -> Boolean.TRUE.equals(condition.apply(d)));
            return true;
        } catch (TimeoutException notInTime) {
            return false;
        }
    }
}
