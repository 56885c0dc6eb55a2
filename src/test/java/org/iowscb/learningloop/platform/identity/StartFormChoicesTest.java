package org.iowscb.learningloop.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.CamundaRest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A start form offers agencies, schools and owners to choose from, as Tasklist reads them before
 * any case exists: the start form variables of every process, over REST, as the person who starts it.
 */
class StartFormChoicesTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"case-review-referral", "section-11-audit", "improvement-action"})
    void aStartFormOffersTheBoardsGroupsByTheirNames(String processKey) throws Exception {
        HttpResponse<String> response = rest.get("bu",
            "/engine-rest/process-definition/key/" + processKey + "/form-variables?deserializeValues=false");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode variables = CamundaRest.json(response);

        assertThat(options(variables, AgencyChoices.AGENCY_OPTIONS)).contains(Map.of("value", "agency-police", "label", "Police"))
            .allSatisfy(option -> assertThat(option.get("value")).startsWith("agency-"));
        assertThat(options(variables, AgencyChoices.SCHOOL_OPTIONS)).extracting(option -> option.get("value"))
            .contains("school-a", "school-b");
        assertThat(options(variables, AgencyChoices.OWNER_OPTIONS)).extracting(option -> option.get("value"))
            .contains("agency-health", "school-b", "workforce-development");
    }

    private static List<Map<String, String>> options(JsonNode variables, String name) throws Exception {
        JsonNode variable = variables.path(name);
        assertThat(variable.path("type").asText()).as("%s is a JSON object value", name).isEqualTo("Object");
        return JSON.readValue(variable.path("value").asText(),
            JSON.getTypeFactory().constructCollectionType(List.class,
                JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class)));
    }
}
