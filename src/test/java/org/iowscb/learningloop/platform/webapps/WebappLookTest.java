package org.iowscb.learningloop.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each webapp is configured with, as the browser fetches it (WebappsInBrowserTest shows the pages). */
class WebappLookTest extends ApplicationTest {

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachWebappIsTheBoardsOwnWithEnglishDates(String app) {
        HttpResponse<String> config = get("/camunda/app/" + app + "/scripts/config.js");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(config.body()).startsWith("export default {")
            .contains("\"vendor\":\"Learning Loop\"", "\"customScripts\":[\"scripts/board-look\"",
                "\"normal\":\"D MMMM YYYY, HH:mm\"", "\"short\":\"D MMMM YYYY\"");

        HttpResponse<String> look = get("/camunda/app/" + app + "/scripts/board-look.js");
        assertThat(look.statusCode()).isEqualTo(200);
        assertThat(look.body()).contains("\"Isle of Wight Safeguarding Children Board\"", ".ce-eol-banner",
            "export default []");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachWebappShowsTimesInTheBoardsZoneWithItsLogoAndFooterLinks(String app) throws Exception {
        assertThat(get("/camunda/app/" + app + "/scripts/config.js").body()).contains("\"scripts/uk-time\"");
        HttpResponse<String> time = get("/camunda/app/" + app + "/scripts/uk-time.js");
        assertThat(time.statusCode()).isEqualTo(200);
        assertThat(time.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(time.body()).startsWith("const LOOK = {")
            .contains("\"zone\":\"Europe/London\"", "\"app\":\"" + app + "\"", "\"long\":\"dddd D MMMM YYYY, HH:mm\"",
                "moment.updateOffset", "#footer-timezone", "export default []");

        assertThat(get("/camunda/app/" + app + "/scripts/board-look.js").body()).contains(
            "\"logoUrl\":\"/camunda/learning-loop/logo\"",
            "{\"label\":\"Working Together to Safeguard Children\",\"url\":\"https://www.gov.uk/",
            "\"url\":\"https://docs.camunda.org/manual/7.24/webapps/\"");
    }

    @org.junit.jupiter.api.Test
    void tasklistsFormDatesAreDayMonthYear() throws Exception {
        assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("\"scripts/uk-form-dates\"");
        HttpResponse<String> dates = get("/camunda/app/tasklist/scripts/uk-form-dates.js");
        assertThat(dates.statusCode()).isEqualTo(200);
        assertThat(dates.body()).contains("'d/m/Y'", "'dd/mm/yyyy'", ".fjs-datepicker", "flatpickr.setDefaults",
            "export default []");
        assertThat(get("/camunda/app/cockpit/scripts/config.js").body()).doesNotContain("uk-form-dates");
    }

    /** The logo is the application's own, for the login page too: no sign-in needed. */
    @org.junit.jupiter.api.Test
    void theLogoIsServedToAnyone() throws Exception {
        HttpResponse<String> logo = get("/camunda/learning-loop/logo");
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(logo.body()).startsWith("<svg").contains("<title>Learning Loop</title>");
    }

    @org.junit.jupiter.api.Test
    void tasklistKeepsTheStartFormChoicesWhereItsStartFormsReadThem() {
        assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("\"scripts/start-form-choices\"");
        HttpResponse<String> script = get("/camunda/app/tasklist/scripts/start-form-choices.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("camunda-form:undefined", "/form-variables?deserializeValues=false",
            "name.endsWith('Options')", "export default []");
    }

    @org.junit.jupiter.api.Test
    void tasklistLoadsTheScriptForFormsWithDynamicLists() {
        assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("\"scripts/dynamic-lists\"");
        HttpResponse<String> script = get("/camunda/app/tasklist/scripts/dynamic-lists.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains(".fjs-repeat-row-container", "$invalid", "export default []");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nowhere", "engine"})
    void noOtherAppIsConfiguredHere(String app) {
        assertThat(get("/camunda/app/" + app + "/scripts/board-look.js").statusCode()).isEqualTo(404);
    }

    /** As the browser fetches it before anyone signs in. */
    private HttpResponse<String> get(String path) {
        return rest.get(null, path);
    }
}
