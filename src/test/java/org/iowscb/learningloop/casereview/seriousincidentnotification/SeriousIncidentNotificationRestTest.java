package org.iowscb.learningloop.casereview.seriousincidentnotification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.casereview.rapidreview.RapidReview;
import org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification.Elements;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A notification and its rapid review over REST, worked by the demo users of their groups. */
class SeriousIncidentNotificationRestTest extends ApplicationTest {

    @Test
    @DisplayName("children's services notify; the rapid review is worked by the business unit, the police and the SCR chair")
    void notifiedAndReviewed() {
        String reference = rest.startCase("childrens-services", KEY, facts());
        assertThat(reference).matches("SIN-\\d{4}-\\d{4}");
        assertThat(views.taskKeys("childrens-services", reference))
            .containsExactlyInAnyOrder(Elements.NOTIFY_PANEL, Elements.TELL_SAFEGUARDING_PARTNERS);
        views.assertNoTasksFor(reference, List.of("police", "scr-chair", "health"));

        rest.work("childrens-services", reference, Elements.NOTIFY_PANEL, Map.of(PANEL_NOTIFIED_ON.name(), today(),
            PANEL_NOTIFIED_HOW.name(), "Online notification system", LOOKED_AFTER_CHILD.name(), false));
        rest.work("childrens-services", reference, Elements.TELL_SAFEGUARDING_PARTNERS, Map.of(PARTNERS_TOLD_ON.name(), today(),
            PARTNERS_TOLD_HOW.name(), "Email to the three partners' leads"));
        executeJobsOf(reference);
        String review = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
            .variableName(RAPID_REVIEW_REFERENCE.name()).processInstanceIdIn(engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId())
            .singleResult().getValue();

        rest.work("bu", review, RapidReview.Elements.ASK_AGENCIES_FOR_FACTS,
            Map.of(RapidReview.INVOLVED_AGENCIES.name(), List.of("agency-police")));
        views.assertOnlyVisibleTo(review, "police", RapidReview.Elements.PROVIDE_AGENCY_FACTS);
        rest.work("police", review, RapidReview.Elements.PROVIDE_AGENCY_FACTS,
            Map.of(RapidReview.AGENCY_FACTS.name(), "Two call-outs to the address"));
        rest.work("scr-chair", review, RapidReview.Elements.CONSIDER_CRITERIA, Map.of(
            RapidReview.IMPROVEMENTS_NEEDED.name(), true, RapidReview.RECURRENT_THEMES.name(), false,
            RapidReview.AGENCIES_WORKING_TOGETHER_CONCERN.name(), false, RapidReview.PANEL_ADVISED_LOCAL_REVIEW.name(), false));
        rest.work("scr-chair", review, RapidReview.Elements.DECIDE_LCSPR, Map.of(RapidReview.DECIDED_REVIEW.name(), "LCSPR"));
        rest.work("bu", review, RapidReview.Elements.SEND_TO_PANEL, Map.of(RapidReview.SENT_TO_PANEL_ON.name(), today()));
        rest.work("bu", review, RapidReview.Elements.RECORD_PANEL_RESPONSE, Map.of(RapidReview.PANEL_RESPONSE.name(), "AGREED"));
        rest.work("scr-chair", review, RapidReview.Elements.RECORD_FINDINGS, Map.of(RapidReview.FINDINGS.name(), "Share call-outs"));

        assertThat(completedAndHandedOver(review).sourceReference()).isEqualTo(review);
    }

    @Test
    @DisplayName("bad input over REST: 400 naming the fields by their labels, and no case")
    void badInputIs400() {
        long before = casesOf(KEY);
        Map<String, Object> facts = facts();
        facts.put(INCIDENT_KNOWN_ON.name(), "2099-01-01");
        facts.put(REFERRING_AGENCY.name(), "agency-unknown");
        var response = rest.tryStart("childrens-services", KEY, facts);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("the date the incident became known cannot be in the future")
            .contains("Referring agency: 'agency-unknown' is not a known agency").doesNotContain("at org.");
        assertThat(casesOf(KEY)).isEqualTo(before);

        String reference = rest.startCase("childrens-services", KEY, facts());
        var refused = rest.complete("childrens-services", views.taskId("childrens-services", reference, Elements.NOTIFY_PANEL),
            Map.of(LOOKED_AFTER_CHILD.name(), false));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("How the Panel was notified is required");
    }

    @Test
    void anotherAgencyCannotNotify() {
        assertThat(rest.tryStart("police", KEY, facts()).statusCode()).isEqualTo(403);
    }

    private String today() {
        return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
            .atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().toString();
    }

    private Map<String, Object> facts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(INCIDENT_KNOWN_ON.name(), today());
        facts.put(CHILD_AGE_YEARS.name(), 3);
        facts.put(ABUSE_OR_NEGLECT.name(), true);
        facts.put(CHILD_DIED.name(), false);
        facts.put(CHILD_SERIOUSLY_HARMED.name(), true);
        facts.put(REFERRING_AGENCY.name(), "agency-police");
        return facts;
    }
}
