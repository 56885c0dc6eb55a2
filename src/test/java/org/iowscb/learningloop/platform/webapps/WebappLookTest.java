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

    @org.junit.jupiter.api.Test
    void tasklistKeepsTheStartFormChoicesWhereItsStartFormsReadThem() {
        assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("\"scripts/start-form-choices\"");
        HttpResponse<String> script = get("/camunda/app/tasklist/scripts/start-form-choices.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("camunda-form:undefined", "/form-variables?deserializeValues=false",
            "agencyOptions", "export default []");
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
