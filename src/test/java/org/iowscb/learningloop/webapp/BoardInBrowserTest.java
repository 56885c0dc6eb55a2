package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.iowscb.learningloop.casereview.seriouscasereview.ScrCase;
import org.iowscb.learningloop.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The board page and Cockpit's tile in Chromium, signed in through the webapps' login as a person
 * would: the tiles, the charts drawn by ECharts, a late review in red, and the agency's narrower view.
 */
class BoardInBrowserTest extends BrowserTest {

    String lateReview;

    @BeforeEach
    void aLateReview() {
        LocalDate initiated = workingDays.today().minusMonths(8);
        lateReview = ScrCase.referredByThePolice(engine, initiated);
    }

    @Test
    @DisplayName("the Board, signed in to Tasklist, opens the board page: tiles, charts, the late review in red")
    void theBoardPage() {
        WebappBrowser browser = tasklistAs("board").browser();
        browser.get("/board/");
        browser.visible(By.cssSelector("#chart-status[data-chart-ready='true']"), "the status chart drawn");
        browser.visible(By.cssSelector("#chart-actions[data-chart-ready='true']"), "the actions chart drawn");
        assertThat(browser.bodyText()).contains("Is the framework working?", "Cases", "Improvement actions", "Audits",
            "Learning", "Timeliness");
        assertThat(browser.driver().findElements(By.cssSelector("#chart-status svg"))).as("ECharts drew an SVG")
            .isNotEmpty();
        browser.screenshot("board-page");

        browser.get("/board/?reference=" + lateReview);
        WebElement row = browser.visible(By.cssSelector("tr[data-reference='" + lateReview + "']"), "the late review's row");
        assertThat(row.getText()).contains("Serious case review", "Late", "late");
        assertThat(row.findElement(By.cssSelector(".govuk-tag")).getAttribute("class")).contains("govuk-tag--red");
        assertThat(row.findElement(By.linkText(lateReview)).getAttribute("href"))
            .contains("/camunda/app/cockpit/default/#/process-instance/");
    }

    @Test
    @DisplayName("the annual report opens from the board page's header, with its downloads and the narrative form")
    void theAnnualReport() {
        WebappBrowser browser = tasklistAs("board").browser();
        browser.get("/board/");
        browser.click(browser.visible(By.linkText("Annual report"), "the header's link to the report"));
        browser.waitForText("PDF");
        assertThat(browser.driver().findElements(By.cssSelector("a[href*='report.pdf']"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("textarea"))).as("the Board writes its narrative")
            .isNotEmpty();
        browser.screenshot("board-annual-report");

        // the browser's own POST, signed in by the webapps' session: the narrative is kept for the year
        browser.get("/board/report?year=2039");
        WebElement priorities = browser.visible(By.id("text-priorities"), "the priorities' text box");
        browser.type(priorities, "Hear the child's voice in every strategy discussion.");
        browser.click(priorities.findElement(By.xpath("./ancestor::form//button[@type='submit']")));
        browser.waitUntil("the saved priorities shown on the year's report", driver -> browser.currentUrl()
            .contains("year=2039") && browser.bodyText().contains("Hear the child's voice in every strategy discussion."));
        assertThat(browser.driver().findElement(By.id("text-priorities")).getAttribute("value"))
            .isEqualTo("Hear the child's voice in every strategy discussion.");
    }

    @Test
    @DisplayName("the police see their own cases and no learning section")
    void anAgencysView() {
        WebappBrowser browser = tasklistAs("police").browser();
        browser.get("/board/?reference=" + lateReview);
        browser.waitForText("You see the cases, actions and returns of your own agency or school.");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-reference='" + lateReview + "']"))).hasSize(1);
        assertThat(browser.driver().findElements(By.id("learning"))).isEmpty();
        browser.screenshot("board-page-police");
    }

    @Test
    @DisplayName("Cockpit's dashboard shows the tile of cases by status, linked to the board page")
    void cockpitTile() {
        WebappBrowser browser = browser();
        browser.logIn("cockpit", "board", DemoUsers.PASSWORD);
        WebElement late = browser.visible(By.cssSelector(".ll-board-tile .ll-board-count--red"), "the tile's late count");
        assertThat(Integer.parseInt(late.findElement(By.tagName("strong")).getText())).isPositive();
        assertThat(browser.driver().findElement(By.cssSelector(".ll-board-tile .ll-board-link")).getAttribute("href"))
            .endsWith("/board/");
        browser.screenshot("cockpit-board-tile");
    }
}
