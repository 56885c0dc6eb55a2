package org.iowscb.learningloop.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.CamundaRest;
import org.iowscb.learningloop.support.ReferralFacts;

/** The positive controls of the bad-input suite: a narrative of 20,000 characters is taken and read back intact. */
final class LongNarratives {

    /** A narrative the agency adds to its task: the findings, as the learning loop names them. */
    static final String FINDINGS = LearningLoop.FINDINGS.name();
    /** A narrative set on the case alone: its summary. */
    static final String SUMMARY = CaseReviewReferral.SUMMARY.name();

    private LongNarratives() {
    }

    /** 20,000 characters, not all alike, with line breaks, tabs and letters outside ASCII. */
    static String narrative() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 20_000; i++) {
            text.append("Line ").append(i).append(": agencies met\tand shared — café ").append('\n');
        }
        return text.substring(0, 20_000);
    }

    static void takenAndReadBack(ProcessEngine engine, CamundaRest rest) {
        JsonNode started = rest.start("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        String id = started.path("id").asText();
        String narrative = narrative();

        // a task completion by the agency that holds it
        String ofsted = engine.getTaskService().createTaskQuery().processInstanceId(id)
            .taskDefinitionKey(CaseReviewReferral.Elements.NOTIFY_OFSTED).singleResult().getId();
        HttpResponse<String> claimed = rest.claim("childrens-services", ofsted);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        HttpResponse<String> done = rest.complete("childrens-services", ofsted,
            Map.of(CaseReviewReferral.OFSTED_NOTIFIED_ON.name(), "2026-01-07", FINDINGS, narrative));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(engine.getRuntimeService().getVariable(id, FINDINGS)).isEqualTo(narrative);

        // one variable set over REST, read back over REST as type String
        HttpResponse<String> put = rest.send("demo", "PUT", "/engine-rest/process-instance/" + id + "/variables/" + SUMMARY,
            Map.of("value", narrative, "type", "String"));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
        HttpResponse<String> read = rest.send("demo", "GET", "/engine-rest/process-instance/" + id + "/variables/" + SUMMARY, null);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode value = CamundaRest.json(read);
        assertThat(value.path("type").asText()).isEqualTo("String");
        assertThat(value.path("value").asText()).isEqualTo(narrative);

        // a short text afterwards is stored the ordinary way again
        rest.send("demo", "PUT", "/engine-rest/process-instance/" + id + "/variables/" + SUMMARY,
            Map.of("value", "short again", "type", "String"));
        assertThat(engine.getRuntimeService().getVariable(id, SUMMARY)).isEqualTo("short again");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
            .variableName(FINDINGS).singleResult().getValue()).isEqualTo(narrative);
    }
}
