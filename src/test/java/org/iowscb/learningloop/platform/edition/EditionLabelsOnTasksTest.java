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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names a form reads for the board and the case review group are those of the case's edition,
 * as configured: a task's form variables carry them ({@code boardTerm}, {@code caseReviewGroupTerm}),
 * read over REST as Tasklist reads them. An individual management review exists in both editions;
 * its agency's form says who accepts the review.
 */
class EditionLabelsOnTasksTest extends ApplicationTest {

    @ParameterizedTest(name = "a case started on {1} names {2} and {3}")
    @CsvSource({
        "2027-03-01T10:00:00Z, 2027-02-20, the Board, the SCR Sub Group",
        "2150-03-01T10:00:00Z, 2150-02-20, the safeguarding partners, the case review group"})
    @DisplayName("a case's task names the board and the case review group as its edition does (wt2013, then wt2023)")
    void namesOfTheCasesEdition(String now, String incidentKnownOn, String board, String caseReviewGroup) {
        clockAt(now);
        JsonNode shown = agencyReviewFormVariables(incidentKnownOn);
        assertThat(text(shown, CaseVariables.BOARD_TERM)).isEqualTo(board);
        assertThat(text(shown, CaseVariables.CASE_REVIEW_GROUP_TERM)).isEqualTo(caseReviewGroup);
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
