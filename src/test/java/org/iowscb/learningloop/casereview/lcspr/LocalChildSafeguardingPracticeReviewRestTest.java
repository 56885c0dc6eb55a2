package org.iowscb.learningloop.casereview.lcspr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.*;

import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.Elements;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.FixedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A local child safeguarding practice review over REST, worked through its forms by the demo users of its groups. */
@FixedClock("2150-03-02T10:00:00Z") // Monday 2 March 2150
class LocalChildSafeguardingPracticeReviewRestTest extends ApplicationTest {

    @Test
    @DisplayName("the case review group starts it; the business unit, the reviewer, the partners and the SCR chair work it to the learning loop")
    void workedByItsGroups() {
        String reference = rest.startCase("scr-chair", KEY, Map.of(INVOLVED_AGENCIES.name(), List.of("agency-police")));
        assertThat(reference).matches("LCSPR-2150-\\d{4}");
        views.assertOnlyVisibleTo(reference, "bu", Elements.APPOINT_REVIEWER);

        rest.work("bu", reference, Elements.APPOINT_REVIEWER, Map.of(INDEPENDENT_REVIEWER.name(), "reviewer",
            REVIEWER_INDEPENDENCE_CONFIRMED.name(), true, INDEPENDENCE_STATEMENT.name(), "No role in the case"));
        rest.work("scr-chair", reference, Elements.AGREE_TERMS_OF_REFERENCE, Map.of(TERMS_OF_REFERENCE.name(), "Information sharing, 2149-2150"));
        rest.work("bu", reference, Elements.INVOLVE_PRACTITIONERS, Map.of(PRACTITIONERS_INVOLVED_ON.name(), "2150-03-02",
            PRACTITIONERS_INVOLVEMENT.name(), "A learning event", NO_BLAME_EXPLAINED.name(), true));
        rest.work("bu", reference, Elements.INVOLVE_FAMILY, Map.of(FAMILY_INVITED_ON.name(), "2150-03-02",
            FAMILY_INVOLVEMENT.name(), "The mother meets the reviewer", FAMILY_TOLD_HOW.name(), true));
        views.assertOnlyVisibleTo(reference, "reviewer", Elements.DRAFT_REPORT);
        rest.work("reviewer", reference, Elements.DRAFT_REPORT, Map.of(REPORT_REFERENCE.name(), "DOC-1",
            REPORT_SUMMARY.name(), "Information was not shared", RECOMMENDATIONS.name(), "Share call-outs within a day"));
        rest.work("scr-chair", reference, Elements.ACCEPT_FINAL_REPORT, Map.of(REPORT_ACCEPTED.name(), true));
        rest.work("board", reference, Elements.DECIDE_PUBLICATION, Map.of(PUBLISH.name(), true));
        rest.work("bu", reference, Elements.SEND_REPORT, Map.of(REPORT_SENT_ON.name(), "2150-03-02",
            PLANNED_PUBLICATION_ON.name(), "2150-03-11"));
        clockAt("2150-03-11T10:00:00Z");
        rest.work("bu", reference, Elements.PUBLISH_REPORT, Map.of(PUBLISHED_ON.name(), "2150-03-11",
            PUBLICATION_LINK.name(), "https://example.org/lcspr"));
        rest.work("board", reference, Elements.WRITE_PARTNERS_RESPONSE, Map.of(PARTNERS_RESPONSE.name(), "Quarterly progress reports"));
        rest.work("scr-chair", reference, Elements.RECORD_FINDINGS, Map.of(FINDINGS.name(), "Share call-outs with health"));

        var handover = completedAndHandedOver(reference);
        assertThat(handover.sourceType()).isEqualTo(KEY);
        assertThat(handover.learningCycleReference()).matches("LRN-2150-\\d{4}");
    }

    @Test
    @DisplayName("bad input over REST: 400 naming the field by its label, and nothing saved")
    void badInputIs400() {
        long before = casesOf(KEY);
        var refusedStart = rest.tryStart("scr-chair", KEY, Map.of(INVOLVED_AGENCIES.name(), List.of("agency-unknown")));
        assertThat(refusedStart.statusCode()).as(refusedStart.body()).isEqualTo(400);
        assertThat(refusedStart.body()).contains("'agency-unknown' is not a known agency").doesNotContain("at org.");
        assertThat(casesOf(KEY)).isEqualTo(before);

        String reference = rest.startCase("scr-chair", KEY, Map.of(INVOLVED_AGENCIES.name(), List.of("agency-police")));
        var refused = rest.complete("bu", views.taskId("bu", reference, Elements.APPOINT_REVIEWER),
            Map.of(INDEPENDENT_REVIEWER.name(), "reviewer", REVIEWER_INDEPENDENCE_CONFIRMED.name(), true));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("How the reviewer is independent is required");
    }

    @Test
    void anAgencyCannotStartOne() {
        assertThat(rest.tryStart("police", KEY, Map.of(INVOLVED_AGENCIES.name(), List.of("agency-police"))).statusCode())
            .isEqualTo(403);
    }
}
