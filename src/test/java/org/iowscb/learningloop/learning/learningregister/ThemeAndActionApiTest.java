package org.iowscb.learningloop.learning.learningregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.support.CamundaRest.json;
import static org.iowscb.learningloop.support.CamundaRest.list;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The controlled list of themes and the actions of the action plans, over HTTP as the demo users. */
class ThemeAndActionApiTest extends RegisterApiTest {

    // ---- themes

    @Test
    @DisplayName("the controlled list, sorted by label")
    void theListOfThemes() {
        List<JsonNode> themes = list(json(ok(rest.get("pqa-chair", "/api/learning/themes"))));

        assertThat(themes).extracting(t -> t.path("code").asText() + "=" + t.path("label").asText())
            .contains("neglect=Neglect", "domestic-abuse=Domestic abuse", "voice-of-the-child=Voice of the child",
                "escalation=Escalation and challenge");
        List<String> labels = themes.stream().map(t -> t.path("label").asText()).toList();
        assertThat(labels).isSorted();
    }

    @Test
    @DisplayName("the business unit adds a theme; it is listed and lessons can be filtered by it; twice is a 409")
    void theBusinessUnitExtendsTheList() {
        String code = "county-lines-" + s.token.toLowerCase(Locale.ROOT);

        HttpResponse<String> added = rest.send("bu", "POST", "/api/learning/themes",
            Map.of("code", code, "label", "County lines"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).path("code").asText()).isEqualTo(code);

        assertThat(list(json(ok(rest.get("board", "/api/learning/themes")))))
            .extracting(t -> t.path("code").asText()).contains(code);
        assertThat(ok(rest.get("board", "/api/learning/lessons?theme=" + code)).body()).isEqualTo("[]");

        HttpResponse<String> again = rest.send("demo", "POST", "/api/learning/themes",
            Map.of("code", code, "label", "County lines again"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("message").asText())
            .isEqualTo("The theme '" + code + "' is already in the list (\"County lines\").");
        assertThat(register.themes()).containsEntry(code, "County lines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scr-chair", "board", "wdg"})
    @DisplayName("only the business unit or an administrator extends the list: others 403")
    void othersCannotExtendTheList(String user) {
        String code = "other-" + user + "-" + s.token.toLowerCase(Locale.ROOT);

        HttpResponse<String> response = rest.send(user, "POST", "/api/learning/themes",
            Map.of("code", code, "label", "Other"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("message").asText()).contains("Only the business unit or an administrator");
        assertThat(register.themes()).doesNotContainKey(code);
    }

    @Test
    @DisplayName("an agency cannot extend the list either")
    void anAgencyCannotExtendTheList() {
        assertThat(rest.send("police", "POST", "/api/learning/themes", Map.of("code", "x", "label", "X"))
            .statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("a code that is not lowercase-hyphenated, too long, or a missing or too long label: 400")
    void badThemesGet400() {
        assertRefused(Map.of("code", "County Lines", "label", "County lines"),
            "Please correct: code 'County Lines' must be lowercase words joined by hyphens, for example county-lines.");
        assertRefused(Map.of("code", "a".repeat(65), "label", "Long"),
            "Please correct: code is 65 characters long; at most 64 are accepted.");
        assertRefused(Map.of("code", "-lines", "label", "x"),
            "Please correct: code '-lines' must be lowercase words joined by hyphens, for example county-lines.");
        assertRefused(Map.of("code", "ok-code", "label", "x".repeat(201)),
            "Please correct: label is 201 characters long; at most 200 are accepted.");
        assertRefused(Map.of("label", " "), "Please correct: code is required; label is required.");
        assertRefused("not json", "The body must be JSON such as {\"code\": \"county-lines\", \"label\": \"County lines\"}.");
        assertThat(register.themes()).doesNotContainKey("ok-code");
    }

    // ---- actions

    @Test
    @DisplayName("overdue=true: due before today and not completed")
    void overdueActions() {
        List<JsonNode> overdue = actions("scr-chair", "overdue=true");

        assertThat(ours(overdue)).containsExactly(s.policeAction);
        assertThat(overdue).allSatisfy(a -> {
            assertThat(a.path("overdue").asBoolean()).isTrue();
            assertThat(a.path("state").asText()).isNotEqualTo("COMPLETED");
        });
        assertThat(ours(actions("scr-chair", "overdue=false"))).containsExactly(s.healthAction, s.trainingAction);
    }

    @Test
    @DisplayName("ownerGroup and state filter the actions")
    void actionsByOwnerAndState() {
        List<JsonNode> police = actions("bu", "ownerGroup=agency-police");
        assertThat(ours(police)).containsExactly(s.policeAction);
        assertThat(police).allSatisfy(a -> assertThat(a.path("ownerGroup").asText()).isEqualTo("agency-police"));

        assertThat(ours(actions("bu", "state=COMPLETED"))).containsExactly(s.healthAction);
        assertThat(ours(actions("bu", "state=open&ownerGroup=workforce-development"))).containsExactly(s.trainingAction);
        assertThat(ours(actions("bu", ""))).containsExactly(s.policeAction, s.healthAction, s.trainingAction);

        JsonNode training = actions("bu", "ownerGroup=workforce-development").stream()
            .filter(a -> a.path("reference").asText().equals(s.trainingAction)).findFirst().orElseThrow();
        assertThat(training.path("cycleReference").asText()).isEqualTo(s.reviewCycle);
        assertThat(training.path("lessonReference").isNull()).isTrue();
    }

    @Test
    @DisplayName("an action's due-date history shows every slip with its reason")
    void dueDateHistory() {
        List<JsonNode> changes = list(json(ok(rest.get("board",
            "/api/learning/actions/" + s.policeAction + "/due-changes"))));

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("oldDueOn").asText()).isEqualTo(s.today.minusDays(30).toString());
        assertThat(changes.get(0).path("newDueOn").asText()).isEqualTo(s.today.minusDays(10).toString());
        assertThat(changes.get(0).path("reason").asText()).isEqualTo("Training postponed by the force");
        assertThat(changes.get(0).path("changedOn").asText()).isEqualTo(s.today.minusDays(31).toString());

        assertThat(ok(rest.get("board", "/api/learning/actions/" + s.healthAction + "/due-changes")).body())
            .isEqualTo("[]");
        HttpResponse<String> unknown = rest.get("board", "/api/learning/actions/ACT-NONE-" + s.token + "/due-changes");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("message").asText()).contains("There is no action ACT-NONE-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overdue=maybe", "state=LATE", "ownerGroup=agency police"})
    @DisplayName("a bad action filter: 400 with a sentence")
    void badActionFiltersGet400(String query) {
        HttpResponse<String> response = rest.get("bu", "/api/learning/actions?" + query.replace(" ", "%20"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("message").asText()).startsWith("Please correct: ");
        assertThat(response.body()).doesNotContain("Exception");
    }

    private void assertRefused(Object body, String message) {
        HttpResponse<String> response = rest.send("bu", "POST", "/api/learning/themes", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("message").asText()).isEqualTo(message);
    }

    private List<JsonNode> actions(String user, String query) {
        return list(json(ok(rest.get(user, "/api/learning/actions?" + query))));
    }

    private List<String> ours(List<JsonNode> actions) {
        return actions.stream().map(a -> a.path("reference").asText()).filter(r -> r.contains(s.token)).toList();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
