package org.iowscb.learningloop.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.support.CamundaRest;

/** The positive controls of the bad-input suite: a narrative of 20,000 characters is taken and read back intact. */
final class LongNarratives {

    static final ObjectMapper JSON = new ObjectMapper();

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

    static void takenAndReadBack(ProcessEngine engine, int port) throws Exception {
        CamundaRest rest = new CamundaRest(port);
        Map<String, Object> facts = new HashMap<>(BadInputTest.facts());
        JsonNode started = rest.start("bu", CaseReviewReferral.KEY, facts);
        String id = started.path("id").asText();
        String narrative = narrative();

        // a task completion by the agency that holds it
        String ofsted = engine.getTaskService().createTaskQuery().processInstanceId(id)
            .taskDefinitionKey(CaseReviewReferral.Elements.NOTIFY_OFSTED).singleResult().getId();
        HttpResponse<String> claimed = rest.send("childrens-services", "POST", "/engine-rest/task/" + ofsted + "/claim",
            Map.of("userId", "childrens-services"));
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        HttpResponse<String> done = rest.complete("childrens-services", ofsted,
            Map.of("ofstedNotifiedOn", "2026-01-07", "findings", narrative));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(engine.getRuntimeService().getVariable(id, "findings")).isEqualTo(narrative);

        // one variable set over REST, read back over REST as type String
        HttpResponse<String> put = rest.send("demo", "PUT", "/engine-rest/process-instance/" + id + "/variables/summary",
            Map.of("value", narrative, "type", "String"));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
        HttpResponse<String> read = rest.send("demo", "GET", "/engine-rest/process-instance/" + id + "/variables/summary", null);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode value = JSON.readTree(read.body());
        assertThat(value.path("type").asText()).isEqualTo("String");
        assertThat(value.path("value").asText()).isEqualTo(narrative);

        // a short text afterwards is stored the ordinary way again
        rest.send("demo", "PUT", "/engine-rest/process-instance/" + id + "/variables/summary",
            Map.of("value", "short again", "type", "String"));
        assertThat(engine.getRuntimeService().getVariable(id, "summary")).isEqualTo("short again");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
            .variableName("findings").singleResult().getValue()).isEqualTo(narrative);
    }
}
