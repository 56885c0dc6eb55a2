package org.iowscb.learningloop.learning.learningregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.support.CamundaRest.json;
import static org.iowscb.learningloop.support.CamundaRest.list;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/learning/lessons} over HTTP as the demo users: the filters, the CSV export, who
 * may read the register, and bad filters refused with a sentence.
 */
class LessonApiTest extends RegisterApiTest {

    @Test
    @DisplayName("theme: only the lessons filed under it")
    void filtersByTheme() {
        List<JsonNode> neglect = lessons("scr-chair", "theme=neglect");

        assertThat(ours(neglect)).containsExactly(s.childsVoice, s.lateNeglect);
        assertThat(neglect).allSatisfy(lesson -> assertThat(themeCodes(lesson)).contains("neglect"));
    }

    @Test
    @DisplayName("several themes: the lessons filed under any of them")
    void severalThemesMeanAnyOfThem() {
        assertThat(ours(lessons("board", "theme=information-sharing&theme=voice-of-the-child")))
            .containsExactly(s.childsVoice, s.sharing);
    }

    @Test
    @DisplayName("sourceType: the lessons of one kind of review or audit")
    void filtersBySourceType() {
        List<JsonNode> audits = lessons("pqa-chair", "sourceType=thematic-case-audit");

        assertThat(ours(audits)).containsExactly(s.lateNeglect);
        assertThat(audits).allSatisfy(lesson ->
            assertThat(lesson.path("sourceType").asText()).isEqualTo("thematic-case-audit"));
    }

    @Test
    @DisplayName("state: the lessons where they stand")
    void filtersByState() {
        assertThat(ours(lessons("bu", "state=LEARNT"))).containsExactly(s.childsVoice);
        assertThat(ours(lessons("bu", "state=not_yet_learnt"))).containsExactly(s.sharing);
        assertThat(ours(lessons("bu", "state=IDENTIFIED"))).containsExactly(s.lateNeglect);
    }

    @Test
    @DisplayName("from and to: the lessons identified in the period, both days included")
    void filtersByPeriod() {
        List<JsonNode> period = lessons("wdg", "from=2025-03-10&to=2025-06-01");

        assertThat(ours(period)).containsExactly(s.sharing, s.lateNeglect);
        assertThat(period).allSatisfy(lesson -> assertThat(LocalDate.parse(lesson.path("identifiedOn").asText()))
            .isBetween(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 6, 1)));
        assertThat(ours(lessons("wdg", "to=2025-02-01"))).containsExactly(s.childsVoice);
        assertThat(ours(lessons("wdg", "from=2025-06-02"))).isEmpty();
    }

    @Test
    @DisplayName("a lesson comes with its source, themes, disseminations, actions and evaluation")
    void aLessonWithEverythingAboutIt() {
        List<JsonNode> found = lessons("edu-chair", "sourceReference=" + s.review);
        assertThat(found).extracting(l -> l.path("reference").asText()).containsExactly(s.childsVoice, s.sharing);

        JsonNode lesson = found.get(0);
        assertThat(lesson.path("sourceReference").asText()).isEqualTo(s.review);
        assertThat(lesson.path("sourceType").asText()).isEqualTo("serious-case-review");
        assertThat(lesson.path("cycleReference").asText()).isEqualTo(s.reviewCycle);
        assertThat(lesson.path("statement").asText()).isEqualTo(RegisterScenario.CHILDS_VOICE_STATEMENT);
        assertThat(lesson.path("identifiedOn").asText()).isEqualTo("2025-01-15");
        assertThat(lesson.path("state").asText()).isEqualTo("LEARNT");
        assertThat(lesson.path("evaluationOutcome").asText()).isEqualTo("LEARNT");
        assertThat(lesson.path("evaluatedOn").asText()).isEqualTo("2025-09-01");
        assertThat(list(lesson.path("themes"))).extracting(t -> t.path("code").asText() + "=" + t.path("label").asText())
            .containsExactly("neglect=Neglect", "voice-of-the-child=Voice of the child");

        assertThat(list(lesson.path("disseminations"))).extracting(d -> d.path("method").asText() + " "
                + d.path("ownerGroup").asText() + " -> " + d.path("reportsTo").asText() + " " + d.path("state").asText())
            .containsExactly("multi-agency-training workforce-development -> board DONE",
                "learning-lessons-workshop scr-subgroup -> board PLANNED");

        List<JsonNode> actions = list(lesson.path("actions"));
        assertThat(actions).extracting(a -> a.path("reference").asText()).containsExactly(s.policeAction, s.healthAction);
        JsonNode police = actions.get(0);
        assertThat(police.path("description").asText()).startsWith("Record the child's own words");
        assertThat(police.path("ownerGroup").asText()).isEqualTo("agency-police");
        assertThat(police.path("monitoringGroup").asText()).isEqualTo("scr-subgroup");
        assertThat(police.path("dueOn").asText()).isEqualTo(s.today.minusDays(10).toString());
        assertThat(police.path("state").asText()).isEqualTo("OVERDUE");
        assertThat(police.path("overdue").asBoolean()).isTrue();
        assertThat(police.path("dueDateChanges").asInt()).isEqualTo(1);
        JsonNode health = actions.get(1);
        assertThat(health.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(health.path("overdue").asBoolean()).isFalse();
        assertThat(health.path("evidence").asText()).contains("child seen alone");

        assertThat(found.get(1).path("evaluationOutcome").asText()).isEqualTo("NOT_YET_LEARNT");
        assertThat(list(found.get(1).path("actions"))).isEmpty();
    }

    @Test
    @DisplayName("CSV: one line per lesson, RFC 4180 quoting, themes joined with ';', formulas neutralised")
    void csvExport() {
        HttpResponse<String> response = rest.get("bu", "/api/learning/lessons.csv?sourceReference=" + s.review);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
            assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
            .hasValue("attachment; filename=\"learning-register.csv\"");

        String body = response.body();
        assertThat(body).startsWith("lesson_reference,source_reference,source_type,cycle_reference,identified_on,"
            + "statement,themes,state,evaluation_outcome,evaluated_on,evaluation_notes,disseminations,actions,"
            + "actions_overdue\r\n");
        assertThat(body).contains("\"Practitioners did not hear the child's \"\"voice\"\", and drift followed\"");
        assertThat(body).contains(",\"'=SUM(1,2) agencies held information they did not share\",");

        List<List<String>> rows = Csv.rows(body);
        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(LessonCsv.HEADER.size()));
        List<String> childsVoice = rows.get(1);
        assertThat(childsVoice.subList(0, 8)).containsExactly(s.childsVoice, s.review, "serious-case-review",
            s.reviewCycle, "2025-01-15", RegisterScenario.CHILDS_VOICE_STATEMENT, "neglect;voice-of-the-child", "LEARNT");
        assertThat(childsVoice.get(11)).contains("multi-agency-training by workforce-development, reports to board (DONE)");
        assertThat(childsVoice.get(12)).contains(s.policeAction + " agency-police due " + s.today.minusDays(10)
            + " (OVERDUE, due date moved 1x)").contains(s.healthAction);
        assertThat(childsVoice.get(13)).isEqualTo("1");
        assertThat(rows.get(2).get(5)).isEqualTo("'" + RegisterScenario.SHARING_STATEMENT);
    }

    @Test
    @DisplayName("CSV: a line break inside a statement stays inside its quoted cell")
    void csvKeepsLineBreaksInsideCells() {
        String body = rest.get("scr-chair", "/api/learning/lessons.csv?sourceReference=" + s.audit).body();

        List<List<String>> rows = Csv.rows(body);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(5)).isEqualTo(RegisterScenario.LATE_NEGLECT_STATEMENT);
    }

    @Test
    @DisplayName("CSV also with ?format=csv or Accept: text/csv; JSON otherwise")
    void csvByParameterOrAcceptHeader() {
        String path = "/api/learning/lessons?sourceReference=" + s.review;
        String csv = rest.get("bu", "/api/learning/lessons.csv?sourceReference=" + s.review).body();

        assertThat(rest.get("bu", path + "&format=csv").body()).isEqualTo(csv);
        HttpResponse<String> byAccept = rest.get("bu", path, "text/csv");
        assertThat(byAccept.body()).isEqualTo(csv);
        assertThat(byAccept.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
            assertThat(d).contains("learning-register.csv"));
        assertThat(rest.get("bu", path, "application/json, text/csv;q=0.5").body()).startsWith("[");
        assertThat(rest.get("bu", path, "text/html,application/xhtml+xml,*/*;q=0.8").body()).startsWith("[");
    }

    @Test
    @DisplayName("without credentials: 401")
    void anonymousGets401() {
        assertThat(rest.get(null, "/api/learning/lessons").statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"police", "health", "school-a"})
    @DisplayName("an agency or a school: 403, with the reason")
    void agenciesAndSchoolsGet403(String user) {
        for (String path : List.of("/api/learning/lessons", "/api/learning/lessons.csv", "/api/learning/themes",
            "/api/learning/actions", "/api/learning/chain/" + s.review)) {
            HttpResponse<String> response = rest.get(user, path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(json(response).path("message").asText()).contains("the Board's record", "Tasklist");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"board", "bu", "scr-chair", "pqa-chair", "edu-chair", "wdg", "demo"})
    @DisplayName("the Board, its business unit and sub-groups read the register")
    void theBoardsGroupsRead(String user) {
        assertThat(rest.get(user, "/api/learning/lessons").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"theme=no-such-theme", "from=2025-13-01", "to=31/03/2025", "from=2025-02-30",
        "from=2025-06-01&to=2025-01-01", "state=DONE", "sourceType=court-case", "format=xml"})
    @DisplayName("a bad filter: 400 with a sentence, no stack trace")
    void badFiltersGet400(String query) {
        HttpResponse<String> response = rest.get("bu", "/api/learning/lessons?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
            assertThat(type).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.path("message").asText()).startsWith("Please correct: ");
        assertThat(body.size()).isEqualTo(1);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.");
    }

    @Test
    @DisplayName("every problem of a request in one message")
    void everyProblemAtOnce() {
        HttpResponse<String> response = rest.get("bu",
            "/api/learning/lessons.csv?theme=neglect&theme=no-such-theme&state=DONE&from=2025-07-01&to=2025-01-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("message").asText()).isEqualTo("Please correct: "
            + "theme 'no-such-theme' is not in the list of themes (GET /api/learning/themes); "
            + "state 'DONE' is unknown; it is one of IDENTIFIED, EMBEDDING, EVALUATING, LEARNT, NOT_YET_LEARNT, NEW_ISSUES; "
            + "from (2025-07-01) is after to (2025-01-01).");
    }

    @Test
    @DisplayName("an empty filter filters nothing (a form left blank)")
    void blankFiltersAreIgnored() {
        assertThat(ours(lessons("bu", "theme=&state=&from=&to=&sourceType=&sourceReference=")))
            .containsExactly(s.childsVoice, s.sharing, s.lateNeglect);
    }

    private List<JsonNode> lessons(String user, String query) {
        HttpResponse<String> response = rest.get(user, "/api/learning/lessons?" + query);
        assertThat(response.statusCode()).as("%s: %s", query, response.body()).isEqualTo(200);
        return list(json(response));
    }

    /** This test's lessons among those found, in the order the API gave them. */
    private List<String> ours(List<JsonNode> lessons) {
        return lessons.stream().map(l -> l.path("reference").asText()).filter(r -> r.contains(s.token)).toList();
    }

    private static List<String> themeCodes(JsonNode lesson) {
        return list(lesson.path("themes")).stream().map(t -> t.path("code").asText()).toList();
    }
}
