package org.iowscb.learningloop.audit.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.support.CamundaRest;

/**
 * Who sees which task of an audit over REST, as the demo users of CONTRACT.md. The business unit
 * and the Board, which follow every case (the Board read-only), are checked by the tests themselves.
 */
public final class AuditTaskViews {

    /** Everyone whose view is checked at each step. */
    public static final List<String> USERS = List.of("pqa-chair", "police", "health", "probation",
        "childrens-services", "scr-chair", "cdop-chair");

    private final CamundaRest rest;

    public AuditTaskViews(CamundaRest rest) {
        this.rest = rest;
    }

    /** Exactly these users see exactly these tasks of the case; every other user of {@link #USERS} sees none. */
    public void assertVisible(String key, Map<String, String> taskOf) {
        for (String user : USERS) {
            List<String> expected = taskOf.containsKey(user) ? List.of(taskOf.get(user)) : List.of();
            assertThat(taskKeys(user, key)).as("%s's tasks of %s", user, key).isEqualTo(expected);
        }
    }

    public List<String> taskKeys(String user, String key) {
        return rest.tasks(user, key).stream().map(task -> task.path("taskDefinitionKey").asText()).toList();
    }

    /** The id of the one task of this key the user sees in the case. */
    public String taskId(String user, String key, String taskKey) {
        return rest.tasks(user, key).stream().filter(task -> task.path("taskDefinitionKey").asText().equals(taskKey))
            .map(task -> task.path("id").asText()).findFirst()
            .orElseThrow(() -> new AssertionError(user + " cannot see " + taskKey + " of " + key));
    }

    /** An audit return with the standard audit tool, as its form sends it. */
    public static Map<String, Object> auditReturn(String workedWell, String grading) {
        return Map.of(
            "casesAudited", 2,
            "workedWell", workedWell,
            "didNotWorkWell", "Chronologies not shared",
            "grading", grading,
            "agencyLearning", "Share chronologies at the strategy discussion");
    }

    /** The readable history of a case for a user: empty for anyone not involved. */
    public String history(String user, String key) {
        return rest.send(user, "GET", "/engine-rest/history/task?processInstanceBusinessKey=" + key, null).body();
    }
}
