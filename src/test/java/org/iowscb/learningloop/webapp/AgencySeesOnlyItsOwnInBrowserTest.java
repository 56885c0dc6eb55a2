package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.support.CamundaRest;
import org.iowscb.learningloop.support.DemoUsers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An agency in Tasklist and on the board page sees its own cases and never another agency's: the
 * police and health each own an action; the police look through every filter, open health's task
 * by its address, look at what they may start, and at the board page's lists.
 */
class AgencySeesOnlyItsOwnInBrowserTest extends BrowserTest {

    @Test
    @DisplayName("the police see their own action in every list and nothing of health's")
    void policeSeeNothingOfHealths() {
        String police = action(DemoUsers.POLICE, "Police refer every domestic abuse call-out the same day");
        String health = action(DemoUsers.HEALTH, "Health visitors see the child alone at every visit");
        String healthTask = views.taskId("health", health);

        TasklistPage tasklist = tasklistAs("police");
        WebappBrowser browser = tasklist.browser();
        for (String filter : FILTERS) {
            tasklist.selectFilter(filter);
            tasklist.waitForTaskList();
            assertThat(tasklist.taskListText()).as("police's list under '%s'", filter).doesNotContain(health);
            assertThat(tasklist.taskCard(healthTask)).as("health's task under '%s'", filter).isEmpty();
        }
        tasklist.showCaseUnder(MY_GROUPS_TASKS, police);
        tasklist.waitForTaskCard(views.taskId("police", police), "the police's own action");
        browser.screenshot("tasklist-police-own-action-only");

        tasklist.openTaskByAddress(healthTask);
        assertThat(tasklist.waitForErrorNotification()).contains("There is no task");
        assertThat(browser.bodyText()).doesNotContain(health);

        // the board page: the police's action, none of health's, in its tables or its selects
        browser.get("/board/?reference=ACT-");
        browser.waitForText("Improvement actions");
        assertThat(browser.driver().findElements(By.cssSelector("[data-reference='" + police + "']"))).isNotEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(health);
    }

    @Test
    @DisplayName("the processes Tasklist offers the police to start: none, so no start form lists another agency's case")
    void policeStartNothing() {
        CamundaRest.WebappSession session = rest.signIn("tasklist", "police");
        var startable = CamundaRest.json(session.send("GET", CamundaRest.WEBAPP_ENGINE + "/process-definition"
            + "?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true", null));
        assertThat(CamundaRest.list(startable)).as("what Tasklist's start menu offers the police").isEmpty();
    }

    private String action(String owner, String description) {
        return rest.startCase("bu", ImprovementAction.KEY, Map.of(
            ImprovementAction.ACTION_DESCRIPTION.name(), description,
            ImprovementAction.OWNER_GROUP.name(), owner,
            ImprovementAction.DUE_ON.name(), workingDays.today().plusDays(30).toString(),
            ImprovementAction.MONITORING_GROUP.name(), Groups.PQA_SUBGROUP));
    }
}
