package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.DECIDED_REVIEW_TYPE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.DEPARTURE_REASON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.OFSTED_NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.SUMMARY;

import java.util.Map;

import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.Elements;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.ReferralFacts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A referral over REST, worked by the people CONTRACT.md names, each seeing only their own task. */
class CaseReviewReferralRestTest extends ApplicationTest {

    @Test
    @DisplayName("the business unit refers; children's services notify Ofsted; the SCR Sub Group decides; no one else sees a thing")
    void referralRoutedToItsGroups() {
        String reference = rest.startCase("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        assertThat(reference).matches("REF-\\d{4}-\\d{4}");

        views.assertVisible(reference, Map.of("childrens-services", Elements.NOTIFY_OFSTED,
            "scr-chair", Elements.DECIDE_REVIEW_TYPE));
        assertThat(rest.claim("board", views.taskId("scr-chair", reference)).statusCode())
            .as("the Board follows the case but does not work the Sub Group's task").isEqualTo(403);

        rest.work("childrens-services", reference, Elements.NOTIFY_OFSTED, Map.of(OFSTED_NOTIFIED_ON.name(), "2026-01-07"));
        rest.work("scr-chair", reference, Elements.DECIDE_REVIEW_TYPE, Map.of(
            DECIDED_REVIEW_TYPE.name(), "NONE", DEPARTURE_REASON.name(), "Learning already taken forward by the agencies"));

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(reference).singleResult().getEndActivityId())
            .isEqualTo(Elements.REFERRAL_DECIDED);
    }

    @Test
    @DisplayName("bad facts over REST: 400 with every problem named, and no case")
    void badFactsAre400() {
        long before = casesOf(CaseReviewReferral.KEY);
        Map<String, Object> facts = ReferralFacts.seriousHarm();
        facts.put(INCIDENT_KNOWN_ON.name(), "2099-01-01");
        facts.put(CHILD_AGE_YEARS.name(), 19);
        facts.put(REFERRING_AGENCY.name(), "agency-unknown");
        facts.put(SUMMARY.name(), "y".repeat(2001));

        var response = rest.tryStart("bu", CaseReviewReferral.KEY, facts);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body())
            .contains("the date the incident became known cannot be in the future")
            .contains("not a child: refer to the Safeguarding Adults Board")
            .contains("Referring agency: 'agency-unknown' is not a known agency")
            .contains("Summary of the incident is 2001 characters long")
            .doesNotContain("at org.");
        assertThat(casesOf(CaseReviewReferral.KEY)).isEqualTo(before);
    }

    @Test
    void anAgencyCannotRefer() {
        assertThat(rest.tryStart("police", CaseReviewReferral.KEY, Map.of()).statusCode()).isEqualTo(403);
    }
}
