package org.iowscb.learningloop.webapp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda 7 Tasklist as a person uses it: filters on the left, task cards, the task with its form. */
final class TasklistPage {

    private static final By FILTERS = By.cssSelector("[cam-tasklist-filters] .task-filter");
    private static final By FILTER_LINK = By.cssSelector("h4.name a");
    private static final By NO_TASKS = By.xpath("//*[contains(@class,'tasks-list')]"
        + "//*[contains(normalize-space(.), 'No task matching filters found')]");
    private static final By CLAIM = By.cssSelector("button.claim");
    private static final By UNCLAIM = By.cssSelector("button.unclaim");
    private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");
    private static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .alert-danger");

    private final WebappBrowser browser;

    TasklistPage(WebappBrowser browser) {
        this.browser = browser;
    }

    WebappBrowser browser() {
        return browser;
    }

    /**
     * Opens a process's start form from "Start process", as a person does: searches the list by the
     * process's name (the list has pages once there are more than 15) and clicks it until the form
     * shows, since Tasklist draws the list again when its count arrives and a click may land in between.
     */
    void openStartForm(String processName) {
        browser.click(browser.visible(By.xpath("//a[contains(normalize-space(.), 'Start process')]"),
            "the Start process link"));
        browser.type(browser.visible(By.cssSelector(".modal input[type='text']"), "the search by process name"),
            processName);
        By item = By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='" + processName + "']");
        browser.waitUntil("the start form of '" + processName + "'", d -> {
            if (!d.findElements(By.cssSelector("form.fjs-form")).isEmpty()) {
                return true;
            }
            d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(link -> {
                try {
                    link.click();
                } catch (org.openqa.selenium.WebDriverException redrawn) {
                    // drawn again under the pointer: the next round clicks the new one
                }
            });
            return false;
        });
    }

    /** Presses the start form's Start button. */
    void start() {
        browser.click(browser.visible(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"),
            "the Start button"));
    }

    /** Selects the filter and narrows its list to the one case ({@link #showCase}). */
    void showCaseUnder(String filter, String caseReference) {
        selectFilter(filter);
        showCase(caseReference);
    }

    /** The names of the filters, top to bottom, once Tasklist has loaded them. */
    List<String> filterNames() {
        browser.waitUntil("Tasklist shows its filters", d -> !d.findElements(FILTERS).isEmpty());
        return browser.driver().findElements(FILTERS).stream()
            .map(filter -> filterName(filter.findElement(FILTER_LINK)))
            .toList();
    }

    /** Selects a filter by its name and waits until it is the active one. */
    void selectFilter(String name) {
        filterNames();
        WebElement filter = browser.driver().findElements(FILTERS).stream()
            .filter(f -> filterName(f.findElement(FILTER_LINK)).equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Tasklist filter named '" + name + "'"));
        browser.click(filter.findElement(FILTER_LINK));
        browser.waitUntil("the filter '" + name + "' is selected",
            d -> filter.getAttribute("class").contains("active"));
    }

    /**
     * Narrows the selected filter's list to one case, as a person with a long list does: a search
     * for the case reference (the business key) in Tasklist's search box, kept in the address as
     * Tasklist keeps it. Other cases' tasks (other tests share the database) stay out of the list.
     */
    void showCase(String caseReference) {
        String pill = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\""
            + caseReference + "\",\"name\":\"\"}]";
        String[] address = browser.currentUrl().split("#", 2);
        String route = address.length > 1 ? address[1] : "/";
        String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        List<String> parameters = new java.util.ArrayList<>();
        if (route.contains("?")) {
            for (String parameter : route.substring(route.indexOf('?') + 1).split("&")) {
                if (!parameter.isEmpty() && !parameter.startsWith("searchQuery=")) {
                    parameters.add(parameter);
                }
            }
        }
        parameters.add("searchQuery=" + URLEncoder.encode(pill, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.driver().get(address[0] + "#" + path + "?" + String.join("&", parameters));
        browser.waitUntil("Tasklist searches for the case " + caseReference,
            d -> d.findElements(By.cssSelector("[cam-widget-search-pill]")).stream()
                .anyMatch(pillShown -> pillShown.getText().contains(caseReference) || pillShown.findElements(
                    By.cssSelector("input")).stream().anyMatch(input -> caseReference.equals(input.getDomProperty("value")))));
        waitForTaskList();
    }

    /** Waits until the selected filter's list is loaded: some task cards, or the "no task" note. */
    void waitForTaskList() {
        browser.waitUntil("the task list is loaded", d -> !d.findElements(NO_TASKS).isEmpty()
            || !d.findElements(By.cssSelector("ol.tasks-list li.task")).isEmpty());
    }

    /** The card of this task in the list of the selected filter, if it is listed. */
    Optional<WebElement> taskCard(String taskId) {
        return browser.driver().findElements(taskLink(taskId)).stream().findFirst()
            .map(link -> link.findElement(By.xpath("./ancestor::li[contains(@class,'task')][1]")));
    }

    /** Waits until the selected filter lists this task and returns its card. */
    WebElement waitForTaskCard(String taskId, String what) {
        browser.waitUntil(what, ExpectedConditions.visibilityOfElementLocated(taskLink(taskId)));
        return taskCard(taskId).orElseThrow();
    }

    /** Opens the task from its card; the task's form is the first tab. */
    void openTask(String taskId) {
        WebElement link = browser.waitUntil("the task " + taskId + " is listed",
            ExpectedConditions.elementToBeClickable(taskLink(taskId)));
        browser.click(link);
        browser.waitUntil("the task " + taskId + " is open", d -> d.getCurrentUrl().contains("task=" + taskId));
    }

    /** Opens a task by its address, as from a link in an email. */
    void openTaskByAddress(String taskId) {
        browser.get("/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    void claim() {
        browser.click(browser.visible(CLAIM, "the Claim button"));
        browser.waitUntil("the task is claimed (Unclaim shown)", ExpectedConditions.presenceOfElementLocated(UNCLAIM));
    }

    CamundaFormPage form() {
        return new CamundaFormPage(browser);
    }

    void complete() {
        browser.click(browser.waitUntil("the Complete button is enabled", ExpectedConditions.elementToBeClickable(COMPLETE)));
    }

    /** The text of the red notification Tasklist shows when the server refuses something. */
    String waitForErrorNotification() {
        return browser.waitUntil("Tasklist shows an error notification",
            ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION)).getText();
    }

    boolean showsErrorNotification() {
        return browser.driver().findElements(ERROR_NOTIFICATION).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Waits until the task is no longer in the list of the selected filter. */
    void waitUntilTaskLeavesTheList(String taskId, Duration timeout) {
        browser.waitUntil("the task " + taskId + " leaves the list", timeout,
            ExpectedConditions.invisibilityOfElementLocated(taskLink(taskId)));
    }

    /** The text of the selected filter's task list (cards, or the "no task" note). */
    String taskListText() {
        return browser.driver().findElement(By.cssSelector(".tasks-list")).getText();
    }

    private static By taskLink(String taskId) {
        return By.cssSelector("ol.tasks-list li.task h4.task a[href$='task=" + taskId + "']");
    }

    /** The filter's own name, without the task counter Tasklist shows beside the selected one. */
    private String filterName(WebElement link) {
        Object name = ((JavascriptExecutor) browser.driver()).executeScript(
            "return arguments[0].childNodes[0].textContent.trim();", link);
        return String.valueOf(name);
    }
}
