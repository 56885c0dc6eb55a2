package org.iowscb.learningloop.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.iowscb.learningloop.casereview.seriouscasereview.ScrCase;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.CamundaRest;
import org.iowscb.learningloop.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board page against cases driven through the engine: a serious case review seven months past
 * its initiation (late against its six months), one initiated today (on track), and an improvement
 * action of health's that ran past its due date. Each test finds its own cases by reference: the
 * database is shared.
 */
class BoardPageTest extends ApplicationTest {

    @Autowired
    WorkingDays workingDays;

    String lateReview;
    String onTrackReview;
    String healthAction;

    @BeforeEach
    void threeCases() {
        LocalDate today = workingDays.today();
        lateReview = ScrCase.referredByThePolice(engine, today.minusMonths(7));
        onTrackReview = ScrCase.referredByThePolice(engine, today);
        healthAction = rest.startCase("bu", ImprovementAction.KEY, Map.of(
            ImprovementAction.ACTION_DESCRIPTION.name(), "Health visitors record the child's own words at every visit",
            ImprovementAction.OWNER_GROUP.name(), DemoUsers.HEALTH,
            ImprovementAction.DUE_ON.name(), today.plusDays(10).toString(),
            ImprovementAction.MONITORING_GROUP.name(), Groups.PQA_SUBGROUP));
        // three weeks on: the action is past its date, the review initiated "today" is still on track
        clockAt(Instant.now().plus(21, ChronoUnit.DAYS).toString());
    }


    @Test
    @DisplayName("the Board sees the late review red, the new one green, and health's action overdue")
    void theBoardSeesWhereEachCaseStands() {
        assertThat(row(section(page("board", lateReview), "cases-table"), lateReview))
            .contains("Serious case review", "Review finished within 6 months of initiation", "Late", " late<");
        assertThat(row(section(page("board", onTrackReview), "cases-table"), onTrackReview))
            .contains("On track", " left<");
        String actions = section(page("board", healthAction), "actions-table");
        assertThat(row(actions, healthAction)).contains("Overdue", "Health");
        assertThat(section(page("board", healthAction), "cases-table")).as("actions have their own section")
            .doesNotContain("data-reference=\"" + healthAction + "\"");
    }

    @Test
    @DisplayName("the status filter keeps to the cases of that status")
    void statusFilter() {
        assertThat(section(rest.get("board", "/board/?status=red&reference=" + lateReview).body(), "cases-table"))
            .contains("data-reference=\"" + lateReview + "\"");
        assertThat(section(rest.get("board", "/board/?status=green&reference=" + lateReview).body(), "cases-table"))
            .doesNotContain("data-reference=\"" + lateReview + "\"");
    }

    @Test
    @DisplayName("as every demo user: oversight groups see every case; an agency only its own; a school nothing of these")
    void scopedAsEveryDemoUser() {
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            boolean oversight = user.groups().stream().anyMatch(BoardScope.OVERSIGHT::contains);
            boolean police = user.groups().contains(DemoUsers.POLICE);
            boolean health = user.groups().contains(DemoUsers.HEALTH);
            assertThat(section(page(user.id(), lateReview), "cases-table").contains("data-reference=\"" + lateReview + "\""))
                .as("%s sees the review the police referred", user.id()).isEqualTo(oversight || police);
            String actionPage = page(user.id(), healthAction);
            assertThat(section(actionPage, "actions-table").contains("data-reference=\"" + healthAction + "\""))
                .as("%s sees health's action", user.id()).isEqualTo(oversight || health);
            assertThat(actionPage.contains("id=\"learning\"")).as("%s sees the learning section", user.id())
                .isEqualTo(oversight);
        }
    }

    @Test
    @DisplayName("a person signed in to Tasklist opens the page without signing in again; nobody signed in is sent to sign in")
    void signedInThroughTheWebapps() throws Exception {
        CamundaRest.WebappSession session = rest.signIn("tasklist", "board");
        HttpResponse<String> page = session.send("GET", "/board/?reference=" + lateReview, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-reference=\"" + lateReview + "\"");

        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/board/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
            location -> assertThat(location).endsWith("/camunda/app/tasklist/default/"));
    }

    @Test
    @DisplayName("a filter the page cannot apply is answered 400 in a sentence that names it")
    void badFilters() {
        for (Map.Entry<String, String> bad : Map.of(
            "status=purple", "The status must be red, amber, green or none.",
            "type=no-such-review", "The type of case is not one the board knows",
            "page=two", "The page must be a whole number",
            "reference=%3Cscript%3E", "A case reference has letters, digits and hyphens only",
            "agency=agency-nowhere", "The agency or school chosen is not one").entrySet()) {
            HttpResponse<String> answer = rest.get("board", "/board/?" + bad.getKey());
            assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.body()).as(bad.getKey()).contains(bad.getValue()).doesNotContain("Exception", "<script>");
        }
    }

    @Test
    @DisplayName("the Cockpit tile's counts: red, amber, green and none, with the link to the page")
    void summaryForCockpit() {
        var summary = CamundaRest.json(rest.get("board", "/board/summary"));
        assertThat(summary.path("red").asInt()).isPositive();
        assertThat(Set.of("red", "amber", "green", "none", "boardPage")).allMatch(summary::has);
        var health = CamundaRest.json(rest.get("health", "/board/summary"));
        assertThat(health.path("red").asInt()).as("health's own late cases only: not the review the police referred")
            .isLessThan(summary.path("red").asInt());
    }

    private String page(String user, String reference) {
        HttpResponse<String> page = rest.get(user, "/board/?reference=" + reference);
        assertThat(page.statusCode()).as("the board page as %s", user).isEqualTo(200);
        return page.body();
    }

    /** The HTML of one table of the page, by its id. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** The HTML of one row, by the reference it carries. */
    static String row(String table, String reference) {
        int start = table.indexOf("data-reference=\"" + reference + "\"");
        assertThat(start).as("a row of %s", reference).isNotNegative();
        return table.substring(start, table.indexOf("</tr>", start));
    }
}
