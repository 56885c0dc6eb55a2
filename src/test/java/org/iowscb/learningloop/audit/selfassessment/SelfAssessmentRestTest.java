package org.iowscb.learningloop.audit.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DEADLINE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_CYCLE;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.support.ApplicationTest;

/**
 * The steps a section 11 and a section 175/157 cycle share over HTTP, as the people of
 * CONTRACT.md take them: a cycle started for two organisations, each of which sees only its own
 * self-assessment, and a next cycle that opens each one's form with its previous answers.
 */
public abstract class SelfAssessmentRestTest extends ApplicationTest {

    private final String processKey;
    private final StringListVariable organisations;
    private final String first;
    private final String second;

    /** The process, the variable that names its organisations, and the two of them a cycle asks. */
    protected SelfAssessmentRestTest(String processKey, StringListVariable organisations, String first, String second) {
        this.processKey = processKey;
        this.organisations = organisations;
        this.first = first;
        this.second = second;
    }

    /** Starts a cycle for the two organisations, due in two months, as this person; its case reference. */
    protected String startCycle(String user) {
        return rest.startCase(user, processKey, Map.of(organisations.name(), first + ", " + second,
            DEADLINE.name(), deadline()));
    }

    /** The member of one organisation can neither read nor claim the other's self-assessment. */
    protected void assertCannotOpenTheOthersTask(String caseReference, String user, String other) {
        String othersTask = views.taskId(other, caseReference);
        assertThat(rest.send(user, "GET", "/engine-rest/task/" + othersTask + "/form-variables", null).statusCode())
            .as("%s reading %s's self-assessment", user, other).isIn(403, 404);
        assertThat(rest.claim(user, othersTask).statusCode())
            .as("%s claiming %s's self-assessment", user, other).isIn(403, 404);
    }

    /** The next cycle opens this person's form with the previous cycle's answers; the form read. */
    protected JsonNode assertCarriedForward(String nextCycle, String user, String previousCycle) {
        JsonNode carried = views.formVariables(user, nextCycle);
        assertThat(carried.path(PREVIOUS_CYCLE.name()).path("value").asText()).isEqualTo(previousCycle);
        return carried;
    }

    /** The start form naming these organisations is refused with a 400 that says why. */
    protected void assertStartRefused(String user, String organisationsTyped, String why) {
        HttpResponse<String> response = rest.submitStartForm(user, processKey, Map.of(
            organisations.name(), organisationsTyped, DEADLINE.name(), deadline()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(why);
    }

    private static String deadline() {
        return LocalDate.now().plusMonths(2).toString();
    }
}
