package org.iowscb.learningloop.platform.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.platform.process.CaseVariables.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.platform.process.CaseVariables.REVIEWING_AGENCY;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The names a form reads for the board and the case review group are those of the case's edition,
 * as configured: a task's form variables carry them ({@code boardTerm}, {@code caseReviewGroupTerm}),
 * read over REST as Tasklist reads them. An individual management review exists in both editions;
 * its agency's form says who accepts the review.
 */
class EditionLabelsOnTasksTest extends ApplicationTest {

    @Test
    @DisplayName("a wt2013 case's task names the Board and the SCR Sub Group")
    void wt2013Names() {
        clockAt("2027-03-01T10:00:00Z");
        JsonNode shown = agencyReviewFormVariables("2027-02-20");
        assertThat(text(shown, CaseVariables.BOARD_TERM)).isEqualTo("the Board");
        assertThat(text(shown, CaseVariables.CASE_REVIEW_GROUP_TERM)).isEqualTo("the SCR Sub Group");
    }

    @Test
    @DisplayName("a wt2023 case's task names the safeguarding partners and the case review group")
    void wt2023Names() {
        clockAt("2150-03-01T10:00:00Z");
        JsonNode shown = agencyReviewFormVariables("2150-02-20");
        assertThat(text(shown, CaseVariables.BOARD_TERM)).isEqualTo("the safeguarding partners");
        assertThat(text(shown, CaseVariables.CASE_REVIEW_GROUP_TERM)).isEqualTo("the case review group");
    }

    private JsonNode agencyReviewFormVariables(String incidentKnownOn) {
        String key = rest.startCase("bu", IndividualManagementReview.KEY, Map.of(
            REVIEWING_AGENCY.name(), "agency-health", INCIDENT_KNOWN_ON.name(), incidentKnownOn));
        views.assertOnlyVisibleTo(key, "health", IndividualManagementReview.Elements.REVIEW_OWN_INVOLVEMENT);
        return views.formVariables("health", key);
    }

    private static String text(JsonNode formVariables, org.iowscb.learningloop.platform.process.ProcessVariable<String> variable) {
        return formVariables.path(variable.name()).path("value").asText(null);
    }
}
