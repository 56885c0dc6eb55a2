package org.iowscb.learningloop.webapp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the tests in a real headless Chromium, against the running application of
 * {@link ApplicationTest}: the webapps serve its engine, registered as "default" before every test.
 * Needs Debian's chromium and chromium-driver at /usr/bin; skipped without them, unless
 * {@code REQUIRE_BROWSER=true}, when their absence fails the build ({@link ChromiumRequired}).
 * What a failed test's browser showed is kept ({@link BrowserEvidence}); the browsers a test opened
 * are closed after it.
 */
@Tag("browser")
@ExtendWith({ChromiumRequired.class, BrowserEvidence.class})
abstract class BrowserTest extends ApplicationTest {

    static final List<String> FILTERS = List.of("My tasks", "My groups' tasks", "Due this week", "Overdue");
    static final String MY_GROUPS_TASKS = "My groups' tasks";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    WorkingDays workingDays;

    private final List<WebappBrowser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebappBrowser::close);
        browsers.clear();
    }

    /** A browser with the webapps' first-visit check done, as a person who has been there before. */
    WebappBrowser browser() {
        WebappBrowser browser = browserWithoutWorkarounds();
        browser.skipFirstVisitWelcomeCheck();
        return browser;
    }

    WebappBrowser browserWithoutWorkarounds() {
        WebappBrowser browser = WebappBrowser.open(baseUrl());
        browsers.add(browser);
        return browser;
    }

    /** Tasklist, signed in as this demo user. */
    TasklistPage tasklistAs(String user) {
        WebappBrowser browser = browser();
        browser.logIn("tasklist", user, DemoUsers.PASSWORD);
        return new TasklistPage(browser);
    }

    /**
     * Waits until the engine has the task completed, or Tasklist shows the server refused it, and
     * fails with Tasklist's notification then.
     */
    void waitUntilCompleted(WebappBrowser browser, Task task) {
        browser.waitUntil("the task " + task.getName() + " is completed in the engine", Duration.ofSeconds(30),
            d -> history.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count() == 1
                || new TasklistPage(browser).showsErrorNotification());
        TasklistPage tasklist = new TasklistPage(browser);
        if (tasklist.showsErrorNotification()) {
            throw new AssertionError("Tasklist refused to complete " + task.getName() + ": "
                + tasklist.waitForErrorNotification());
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
