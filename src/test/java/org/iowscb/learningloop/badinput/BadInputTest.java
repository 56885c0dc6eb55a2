package org.iowscb.learningloop.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.CamundaRest;
import org.iowscb.learningloop.support.DemoUsers;
import org.iowscb.learningloop.support.ReferralFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input over real HTTP, sent as the demo users of CONTRACT.md: every row is refused with its status and a
 * sentence a board member reads (the field, why; no Java class name; at most 100 characters of what was sent),
 * and nothing changes: no case, task, variable, identity link, job, user info or outbox row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends ApplicationTest {

    /** The check: no qualified Java name and no exception name in a message. */
    static final Pattern JAVA_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]|Exception");
    static final ObjectMapper JSON = new ObjectMapper();

    record BadInput(String what, String user, String method, String path, String body, int status, List<String> words) {
        @Override
        public String toString() {
            return what + " [" + user + " " + method + " " + path + "] -> " + status;
        }
    }

    @Autowired
    DataSource dataSource;

    private final Map<String, CamundaRest.WebappSession> sessions = new HashMap<>();
    private final Map<String, String> placeholders = new HashMap<>();
    private JdbcTemplate sql;

    /**
     * The cases the table's rows name, started once for the class, in its first test: the process
     * test coverage records what a case does only while a test runs.
     */
    @BeforeEach
    void cases() {
        if (!placeholders.isEmpty()) {
            return;
        }
        sql = new JdbcTemplate(dataSource);

        JsonNode open = rest.start("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        placeholders.put("{caseRef}", open.path("businessKey").asText());
        placeholders.put("{caseId}", open.path("id").asText());
        placeholders.put("{openTask}", task(open.path("id").asText(), CaseReviewReferral.Elements.NOTIFY_OFSTED).getId());
        placeholders.put("{decideTask}", task(open.path("id").asText(), CaseReviewReferral.Elements.DECIDE_REVIEW_TYPE).getId());

        JsonNode claimed = rest.start("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        String claimedTask = task(claimed.path("id").asText(), CaseReviewReferral.Elements.NOTIFY_OFSTED).getId();
        engine.getTaskService().claim(claimedTask, "childrens-services");
        placeholders.put("{claimedTask}", claimedTask);
        String claimedDecide = task(claimed.path("id").asText(), CaseReviewReferral.Elements.DECIDE_REVIEW_TYPE).getId();
        engine.getTaskService().claim(claimedDecide, "demo");
        placeholders.put("{claimedDecide}", claimedDecide);

        JsonNode done = rest.start("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        String doneTask = task(done.path("id").asText(), CaseReviewReferral.Elements.NOTIFY_OFSTED).getId();
        engine.getTaskService().complete(doneTask, Map.of("ofstedNotifiedOn", "2026-01-07"));
        placeholders.put("{doneTask}", doneTask);

        JsonNode ended = rest.start("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        engine.getRuntimeService().deleteProcessInstance(ended.path("id").asText(), "test: an ended case");
        placeholders.put("{endedRef}", ended.path("businessKey").asText());

        var review = engine.getRuntimeService().createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
            .setVariable(FrameworkAnnualReview.REASON.name(), "New guidance").correlateStartMessage();
        placeholders.put("{reviewRef}", review.getBusinessKey());
        placeholders.put("{reviewTask}", engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
            .singleResult().getId());
    }

    private Task task(String instanceId, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key)
            .singleResult();
    }

    // ---------------------------------------------------------------- the table

    static final String REST = "/engine-rest";
    static final String WEBAPP = CamundaRest.WEBAPP_ENGINE;
    static final String START = REST + "/process-definition/key/case-review-referral/start";
    static final String START_FORM = REST + "/process-definition/key/case-review-referral/submit-form";
    static final String MESSAGE = REST + "/message";

    /** Endpoints that take an object body, with the person who may use each. */
    static final List<String[]> OBJECT_ENDPOINTS = List.of(
        new String[] {"bu", "POST", START},
        new String[] {"bu", "POST", START_FORM},
        new String[] {"scr-chair", "POST", MESSAGE},
        new String[] {"scr-chair", "POST", REST + "/task/{decideTask}/complete"},
        new String[] {"scr-chair", "POST", REST + "/task/{decideTask}/submit-form"},
        new String[] {"childrens-services", "POST", REST + "/task/{openTask}/claim"},
        new String[] {"demo", "PUT", REST + "/process-instance/{caseId}/variables/summary"},
        new String[] {"demo", "POST", REST + "/process-instance/{caseId}/variables"});

    static Stream<BadInput> table() {
        List<BadInput> rows = new ArrayList<>();

        // body shapes, on every endpoint that takes an object
        String deep = "{\"variables\":{\"x\":{\"value\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}}";
        String deep41 = "{\"a\":" + "[".repeat(41) + "]".repeat(41) + "}";
        Map<String, Object[]> shapes = new java.util.LinkedHashMap<>();
        shapes.put("a null body", new Object[] {"null", List.of("object", "not null")});
        shapes.put("an empty list", new Object[] {"[]", List.of("object", "list")});
        shapes.put("a list body", new Object[] {"[{\"variables\":{}}]", List.of("object", "list")});
        shapes.put("a number body", new Object[] {"42", List.of("object", "single value")});
        shapes.put("malformed JSON", new Object[] {"{\"variables\": {", List.of("not valid JSON")});
        shapes.put("single quotes", new Object[] {"{'variables': {}}", List.of("not valid JSON")});
        shapes.put("trailing garbage", new Object[] {"{} }", List.of("not valid JSON")});
        shapes.put("nested 10,000 deep", new Object[] {deep, List.of("nested", "40 levels")});
        shapes.put("nested 41 deep", new Object[] {deep41, List.of("nested", "40 levels")});
        for (String[] endpoint : OBJECT_ENDPOINTS) {
            shapes.forEach((what, shape) -> rows.add(new BadInput(what, endpoint[0], endpoint[1], endpoint[2],
                (String) shape[0], 400, words(shape[1]))));
        }

        // the same through the webapps' path (Tasklist)
        rows.add(new BadInput("Tasklist: a null body", "scr-chair", "POST", WEBAPP + "/task/{decideTask}/submit-form",
            "null", 400, List.of("object")));
        rows.add(new BadInput("Tasklist: malformed JSON", "scr-chair", "POST", WEBAPP + "/task/{decideTask}/submit-form",
            "{\"variables\":", 400, List.of("not valid JSON")));
        rows.add(new BadInput("Tasklist: NUL in a summary", "scr-chair", "POST", WEBAPP + "/task/{decideTask}/submit-form",
            vars("summary", "\"a\\u0000b\""), 400, List.of("summary", "control character")));
        rows.add(new BadInput("Tasklist: a serialized Java object", "scr-chair", "POST",
            WEBAPP + "/task/{decideTask}/submit-form", javaObject("decidedReviewType"), 400, List.of("decidedReviewType", "Java object")));

        // control characters, in every place a text goes
        for (String[] c : new String[][] {{"NUL", "\\u0000"}, {"bell", "\\u0007"}, {"escape", "\\u001b"},
            {"backspace", "\\u0008"}, {"form feed", "\\u000c"}, {"DEL", "\\u007f"}, {"C1 next line", "\\u0085"}}) {
            rows.add(new BadInput(c[0] + " in a summary on start", "bu", "POST", START,
                vars("summary", "\"before" + c[1] + "after\""), 400, List.of("summary", "control character")));
            rows.add(new BadInput(c[0] + " in a summary on a task", "scr-chair", "POST", REST + "/task/{decideTask}/complete",
                vars("summary", "\"before" + c[1] + "after\""), 400, List.of("summary", "control character")));
            rows.add(new BadInput(c[0] + " in a reason by message", "scr-chair", "POST", MESSAGE,
                "{\"messageName\":\"framework-review-requested\",\"processVariables\":{\"reason\":{\"value\":\"x" + c[1]
                    + "\"}}}", 400, List.of("reason", "control character")));
        }
        rows.add(new BadInput("NUL in a business key", "bu", "POST", START,
            "{\"businessKey\":\"REF\\u0000X\",\"variables\":{}}", 400, List.of("businessKey", "control character")));
        rows.add(new BadInput("NUL in a variable name", "bu", "POST", START,
            "{\"variables\":{\"sum\\u0000mary\":{\"value\":\"x\"}}}", 400, List.of("variable name", "control character")));
        rows.add(new BadInput("NUL in a message name", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":\"framework\\u0000\"}", 400, List.of("messageName", "control character")));
        rows.add(new BadInput("NUL in a claim's user id", "childrens-services", "POST", REST + "/task/{openTask}/claim",
            "{\"userId\":\"childrens\\u0000services\"}", 400, List.of("userId", "control character")));
        rows.add(new BadInput("NUL in a single variable", "demo", "PUT", REST + "/process-instance/{caseId}/variables/summary",
            "{\"value\":\"a\\u0000\",\"type\":\"String\"}", 400, List.of("summary", "control character")));
        rows.add(new BadInput("NUL inside a Json list", "scr-chair", "POST", REST + "/task/{decideTask}/complete",
            vars("involvedAgencies", "\"[\\\"agency-police\\\\u0000\\\"]\"", "Json"), 400,
            List.of("involvedAgencies", "control character")));

        // lengths: narratives to 20,000, other texts to 4,000, business keys to 100
        rows.add(new BadInput("a 100 kB summary on decide-review-type", "scr-chair", "POST",
            REST + "/task/{decideTask}/complete", vars("summary", quoted("s".repeat(100_000))), 400,
            List.of("summary", "100000 characters", "20000")));
        rows.add(new BadInput("a 20,001-character summary on start", "bu", "POST", START,
            vars("summary", quoted("s".repeat(20_001))), 400, List.of("summary", "20000")));
        rows.add(new BadInput("a 20,001-character summary by submit-form", "scr-chair", "POST",
            REST + "/task/{decideTask}/submit-form", vars("summary", quoted("s".repeat(20_001))), 400, List.of("summary", "20000")));
        rows.add(new BadInput("a 20,001-character findings on a single variable", "demo", "PUT",
            REST + "/process-instance/{caseId}/variables/findings", "{\"value\":" + quoted("f".repeat(20_001)) + "}", 400,
            List.of("findings", "20000")));
        rows.add(new BadInput("the framework review's reason of 25,000 on start", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":\"framework-review-requested\",\"processVariables\":{\"reason\":{\"value\":"
                + quoted("r".repeat(25_000)) + "}}}", 400, List.of("reason", "20000")));
        rows.add(new BadInput("an extra variable of 4,001 on start", "bu", "POST", START,
            vars("extraNote", quoted("e".repeat(4_001))), 400, List.of("extraNote", "4000")));
        rows.add(new BadInput("an extra variable of 4,001 on a task", "scr-chair", "POST", REST + "/task/{decideTask}/complete",
            vars("extraNote", quoted("e".repeat(4_001))), 400, List.of("extraNote", "4000")));
        rows.add(new BadInput("an extra variable of 4,001 typed String", "scr-chair", "POST",
            REST + "/task/{decideTask}/complete", vars("extraNote", quoted("e".repeat(4_001)), "String"), 400,
            List.of("extraNote", "4000")));
        rows.add(new BadInput("an extra variable of 4,001 set alone", "demo", "PUT",
            REST + "/process-instance/{caseId}/variables/extraNote", "{\"value\":" + quoted("e".repeat(4_001)) + "}", 400,
            List.of("extraNote", "4000")));
        rows.add(new BadInput("an extra variable of 4,001 by message", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":\"framework-review-requested\",\"processVariables\":{\"reason\":{\"value\":\"ok\"},"
                + "\"extraNote\":{\"value\":" + quoted("e".repeat(4_001)) + "}}}", 400, List.of("extraNote", "4000")));
        rows.add(new BadInput("a 10 kB business key", "bu", "POST", START,
            "{\"businessKey\":" + quoted("K".repeat(10_000)) + ",\"variables\":{}}", 400, List.of("businessKey", "100")));
        rows.add(new BadInput("a 101-character business key", "bu", "POST", START,
            "{\"businessKey\":" + quoted("K".repeat(101)) + ",\"variables\":{}}", 400, List.of("businessKey", "100")));
        rows.add(new BadInput("a 10 kB business key by message", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":\"framework-review-requested\",\"businessKey\":" + quoted("K".repeat(10_000)) + "}", 400,
            List.of("businessKey", "100")));
        rows.add(new BadInput("a 10 kB business key by start form", "bu", "POST", START_FORM,
            "{\"businessKey\":" + quoted("K".repeat(10_000)) + ",\"variables\":{}}", 400, List.of("businessKey", "100")));
        rows.add(new BadInput("a 101-character variable name", "bu", "POST", START,
            "{\"variables\":{" + quoted("v".repeat(101)) + ":{\"value\":\"x\"}}}", 400, List.of("variable name", "100")));
        rows.add(new BadInput("a 5,000-character message name", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":" + quoted("m".repeat(5_000)) + "}", 400, List.of("messageName", "4000")));
        rows.add(new BadInput("a 5,000-character user id on a claim", "childrens-services", "POST",
            REST + "/task/{openTask}/claim", "{\"userId\":" + quoted("u".repeat(5_000)) + "}", 400, List.of("userId", "4000")));
        rows.add(new BadInput("a Json value of 30,000 characters", "scr-chair", "POST", REST + "/task/{decideTask}/complete",
            vars("involvedAgencies", quoted("[" + "\\\"agency-police\\\",".repeat(2_000) + "\\\"x\\\"]"), "Json"), 400,
            List.of("involvedAgencies", "20000")));

        // variable types
        for (String[] endpoint : List.of(new String[] {"bu", START}, new String[] {"scr-chair", REST + "/task/{decideTask}/complete"},
            new String[] {"scr-chair", REST + "/task/{decideTask}/submit-form"})) {
            String u = endpoint[0];
            String p = endpoint[1];
            rows.add(new BadInput("a serialized Java object", u, "POST", p, javaObject("childDied"), 400,
                List.of("childDied", "Java object", "not accepted")));
            rows.add(new BadInput("an Object of a Java type as JSON", u, "POST", p,
                "{\"variables\":{\"childDied\":{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                    + "\"java.util.HashMap\",\"serializationDataFormat\":\"application/json\"}}}}", 400,
                List.of("childDied", "Object", "not accepted")));
            rows.add(new BadInput("a checklist as Tasklist sends it, but a record, not a list of choices", u, "POST", p,
                "{\"variables\":{\"involvedAgencies\":{\"value\":\"{\\\"a\\\":1}\",\"type\":\"Object\",\"valueInfo\":"
                    + "{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/json\"}}}}", 400,
                List.of("involvedAgencies", "list of choices")));
            rows.add(new BadInput("a list as JSON of a type other than a plain list", u, "POST", p,
                "{\"variables\":{\"involvedAgencies\":{\"value\":\"[]\",\"type\":\"Object\",\"valueInfo\":"
                    + "{\"objectTypeName\":\"java.util.ArrayList<com.example.Gadget>\",\"serializationDataFormat\":"
                    + "\"application/json\"}}}}", 400, List.of("involvedAgencies", "Object", "not accepted")));
            rows.add(new BadInput("broken JSON in a Json variable", u, "POST", p,
                vars("involvedAgencies", "\"[\\\"agency-police\\\"\"", "Json"), 400, List.of("involvedAgencies", "not valid JSON")));
            rows.add(new BadInput("a Json variable nested 10,000 deep", u, "POST", p,
                vars("involvedAgencies", quoted("[".repeat(10_000) + "]".repeat(10_000)), "Json"), 400,
                List.of("involvedAgencies", "nested")));
            rows.add(new BadInput("a Json variable that is a number", u, "POST", p, vars("involvedAgencies", "5", "Json"), 400,
                List.of("involvedAgencies", "JSON written as text")));
            rows.add(new BadInput("text for a Boolean", u, "POST", p, vars("childDied", "\"abc\"", "Boolean"), 400,
                List.of("childDied", "true or false", "abc")));
            rows.add(new BadInput("a number for a Boolean", u, "POST", p, vars("childDied", "1", "Boolean"), 400,
                List.of("childDied", "true or false")));
            rows.add(new BadInput("text for an Integer", u, "POST", p, vars("childAgeYears", "\"abc\"", "Integer"), 400,
                List.of("childAgeYears", "whole number", "abc")));
            rows.add(new BadInput("a fraction for a Long", u, "POST", p, vars("childAgeYears", "1.5", "Long"), 400,
                List.of("childAgeYears", "whole number")));
            rows.add(new BadInput("too large for an Integer", u, "POST", p, vars("childAgeYears", "99999999999", "Integer"), 400,
                List.of("childAgeYears", "whole number")));
            rows.add(new BadInput("text for a Double", u, "POST", p, vars("score", "\"much\"", "Double"), 400,
                List.of("score", "number")));
            rows.add(new BadInput("a date that is not one", u, "POST", p, vars("dueOn", "\"yesterday\"", "Date"), 400,
                List.of("dueOn", "date")));
            rows.add(new BadInput("an unknown type", u, "POST", p, vars("childDied", "true", "Foo"), 400,
                List.of("childDied", "not known")));
            rows.add(new BadInput("an untyped record", u, "POST", p, "{\"variables\":{\"summary\":{\"value\":{\"a\":1}}}}", 400,
                List.of("summary", "Json")));
            rows.add(new BadInput("a number for a String", u, "POST", p, vars("summary", "5", "String"), 400,
                List.of("summary", "text")));
            rows.add(new BadInput("bytes as a variable", u, "POST", p, vars("upload", "\"AAAA\"", "Bytes"), 400,
                List.of("upload", "not accepted")));
            rows.add(new BadInput("variables that are text", u, "POST", p, "{\"variables\":\"abc\"}", 400,
                List.of("variables", "named values")));
            rows.add(new BadInput("a variable that is not an object", u, "POST", p, "{\"variables\":{\"summary\":\"abc\"}}", 400,
                List.of("summary", "written as")));
        }
        rows.add(new BadInput("a serialized Java object by message", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":\"framework-review-requested\",\"processVariables\":{\"reason\":{\"value\":\"rO0ABXQAAXg=\","
                + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                + "\"application/x-java-serialized-object\"}}}}", 400, List.of("reason", "Java object")));
        rows.add(new BadInput("a serialized Java object set alone", "demo", "PUT",
            REST + "/process-instance/{caseId}/variables/summary", "{\"value\":\"rO0ABXQAAXg=\",\"type\":\"Object\","
                + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                + "\"application/x-java-serialized-object\"}}", 400, List.of("summary", "Java object")));

        // unknown and finished ids: 404
        for (String[] id : new String[][] {{"an unknown task", "no-such-task"}, {"a completed task", "{doneTask}"}}) {
            rows.add(new BadInput(id[0] + ": complete", "scr-chair", "POST", REST + "/task/" + id[1] + "/complete",
                "{\"variables\":{}}", 404, List.of("no task")));
            rows.add(new BadInput(id[0] + ": submit-form", "scr-chair", "POST", REST + "/task/" + id[1] + "/submit-form",
                "{\"variables\":{}}", 404, List.of("no task")));
            rows.add(new BadInput(id[0] + ": claim", "scr-chair", "POST", REST + "/task/" + id[1] + "/claim",
                "{\"userId\":\"scr-chair\"}", 404, List.of("no task")));
            rows.add(new BadInput(id[0] + ": unclaim", "scr-chair", "POST", REST + "/task/" + id[1] + "/unclaim",
                "{}", 404, List.of("no task")));
            rows.add(new BadInput(id[0] + ": read variables", "scr-chair", "GET", REST + "/task/" + id[1] + "/variables",
                null, 404, List.of("no task")));
            rows.add(new BadInput(id[0] + ": set variables", "scr-chair", "POST", REST + "/task/" + id[1] + "/variables",
                "{\"modifications\":{\"x\":{\"value\":\"y\"}}}", 404, List.of("no task")));
            rows.add(new BadInput(id[0] + ": form variables", "scr-chair", "GET", REST + "/task/" + id[1] + "/form-variables",
                null, 404, List.of("no task")));
            rows.add(new BadInput(id[0] + ": read it", "scr-chair", "GET", REST + "/task/" + id[1], null, 404,
                List.of("no task")));
            rows.add(new BadInput(id[0] + ": Tasklist claim", "scr-chair", "POST", WEBAPP + "/task/" + id[1] + "/claim",
                "{\"userId\":\"scr-chair\"}", 404, List.of("no task")));
            rows.add(new BadInput(id[0] + ": Tasklist submit-form", "scr-chair", "POST",
                WEBAPP + "/task/" + id[1] + "/submit-form", "{\"variables\":{}}", 404, List.of("no task")));
        }
        rows.add(new BadInput("an unknown case's variables", "demo", "GET", REST + "/process-instance/no-such-case/variables",
            null, 404, List.of("no case")));
        rows.add(new BadInput("an unknown case", "demo", "GET", REST + "/process-instance/no-such-case", null, 404,
            List.of("no case")));
        rows.add(new BadInput("an unknown process", "bu", "POST", REST + "/process-definition/key/no-such-process/start",
            "{\"variables\":{}}", 404, List.of("no process")));

        // a task already claimed: 409
        rows.add(new BadInput("claiming a task claimed by another", "demo", "POST", REST + "/task/{claimedTask}/claim",
            "{\"userId\":\"demo\"}", 409, List.of("already claimed")));
        rows.add(new BadInput("claiming the Sub Group's task claimed by another", "scr-chair", "POST",
            REST + "/task/{claimedDecide}/claim", "{\"userId\":\"scr-chair\"}", 409, List.of("already claimed")));
        rows.add(new BadInput("Tasklist: claiming a task claimed by another", "scr-chair", "POST",
            WEBAPP + "/task/{claimedDecide}/claim", "{\"userId\":\"scr-chair\"}", 409, List.of("already claimed")));

        // who may give a task to whom: 403
        rows.add(handing("children's services claim their task for the police", "childrens-services",
            REST + "/task/{openTask}/claim", "police", "only for yourself", "police"));
        rows.add(handing("children's services claim their task for the business unit", "childrens-services",
            REST + "/task/{openTask}/claim", "bu", "only for yourself"));
        rows.add(handing("Tasklist: children's services claim for the police", "childrens-services",
            WEBAPP + "/task/{openTask}/claim", "police", "only for yourself"));
        rows.add(handing("children's services assign their task to the police", "childrens-services",
            REST + "/task/{openTask}/assignee", "police", "chair", "business unit"));
        rows.add(handing("children's services delegate their task to the police", "childrens-services",
            REST + "/task/{openTask}/delegate", "police", "chair", "business unit"));
        rows.add(linking("children's services add the police as candidate", "childrens-services",
            "userId", "police", "candidate", "chair", "business unit"));
        rows.add(linking("children's services add the police group", "childrens-services",
            "groupId", "agency-police", "candidate", "business unit", "group"));
        rows.add(handing("the business unit assigns children's services' task to the police", "bu",
            REST + "/task/{openTask}/assignee", "police", "police", "not a member"));
        rows.add(handing("the business unit claims children's services' task for the police", "bu",
            REST + "/task/{openTask}/claim", "police", "police", "not a member"));
        rows.add(handing("an administrator assigns it to the police", "demo",
            REST + "/task/{openTask}/assignee", "police", "police", "not a member"));
        rows.add(handing("an administrator delegates it to the police", "demo",
            REST + "/task/{openTask}/delegate", "police", "police", "not a member"));
        rows.add(linking("an administrator adds the police as candidate", "demo",
            "userId", "police", "candidate", "police", "not a member"));
        rows.add(linking("an administrator makes the police its owner", "demo",
            "userId", "police", "owner", "police", "not a member"));
        rows.add(handing("Tasklist: an administrator assigns it to the police", "demo",
            WEBAPP + "/task/{openTask}/assignee", "police", "police", "not a member"));
        rows.add(handing("the SCR chair assigns another group's task", "scr-chair",
            REST + "/task/{openTask}/assignee", "scr-chair"));
        rows.add(handing("the SCR chair assigns the Sub Group's task to the police", "scr-chair",
            REST + "/task/{decideTask}/assignee", "police", "police", "not a member"));
        rows.add(handing("the SCR chair delegates the Sub Group's task to the police", "scr-chair",
            REST + "/task/{decideTask}/delegate", "police", "police", "not a member"));
        rows.add(handing("the police claim children's services' task", "police",
            REST + "/task/{openTask}/claim", "police"));
        rows.add(handing("the Board claims the Sub Group's task", "board", REST + "/task/{decideTask}/claim", "board"));
        rows.add(handing("a school claims the Sub Group's task for the SCR chair", "school-a",
            REST + "/task/{decideTask}/claim", "scr-chair", "only for yourself"));

        // one case reference, one case: 409
        rows.add(new BadInput("a start with a running case's reference", "bu", "POST", START,
            startBody("{caseRef}"), 409, List.of("{caseRef}", "already used")));
        rows.add(new BadInput("a start form with a running case's reference", "bu", "POST", START_FORM,
            startBody("{caseRef}"), 409, List.of("already used")));
        rows.add(new BadInput("Tasklist: a start form with a running case's reference", "bu", "POST",
            WEBAPP + "/process-definition/key/case-review-referral/submit-form", startBody("{caseRef}"), 409,
            List.of("already used")));
        rows.add(new BadInput("a start with an ended case's reference", "bu", "POST", START,
            startBody("{endedRef}"), 409, List.of("already used")));
        rows.add(new BadInput("a message start with a referral's reference", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":\"framework-review-requested\",\"businessKey\":\"{caseRef}\",\"processVariables\":"
                + "{\"reason\":{\"value\":\"New guidance\"}}}", 409, List.of("already used")));
        rows.add(new BadInput("a message start with a framework review's reference", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":\"framework-review-requested\",\"businessKey\":\"{reviewRef}\",\"processVariables\":"
                + "{\"reason\":{\"value\":\"New guidance\"}}}", 409, List.of("already used")));
        rows.add(new BadInput("a framework start with a referral's reference", "scr-chair", "POST",
            REST + "/process-definition/key/framework-annual-review/start",
            "{\"businessKey\":\"{caseRef}\",\"variables\":{\"reason\":{\"value\":\"New guidance\"}}}", 409,
            List.of("already used")));

        // messages
        rows.add(new BadInput("a message no case waits for", "scr-chair", "POST", MESSAGE,
            "{\"messageName\":\"no-such-message\"}", 400, List.of("no case is waiting", "no-such-message")));
        rows.add(new BadInput("a message for an unknown case", "bu", "POST", MESSAGE,
            "{\"messageName\":\"no-such-message\",\"businessKey\":\"{caseRef}\"}", 400, List.of("no case is waiting")));
        rows.add(new BadInput("a message without a name", "scr-chair", "POST", MESSAGE, "{}", 400, List.of("messageName")));

        // paging and query parameters
        for (String[] who : new String[][] {{"police", REST + "/task"}, {"board", REST + "/process-instance"},
            {"bu", REST + "/history/process-instance"}, {"scr-chair", WEBAPP + "/task"}}) {
            rows.add(new BadInput("firstResult=-5", who[0], "GET", who[1] + "?firstResult=-5", null, 400,
                List.of("firstResult", "0 or more")));
            rows.add(new BadInput("maxResults=-1", who[0], "GET", who[1] + "?maxResults=-1", null, 400,
                List.of("maxResults", "0 or more")));
            rows.add(new BadInput("firstResult=abc", who[0], "GET", who[1] + "?firstResult=abc", null, 400,
                List.of("firstResult", "whole number")));
        }
        rows.add(new BadInput("a due date that is not a date", "police", "GET", REST + "/task?dueAfter=notadate", null, 400,
            List.of("dueAfter")));
        rows.add(new BadInput("a priority that is not a number", "police", "GET", REST + "/task?priority=abc", null, 400,
            List.of("abc")));

        // /api/notifications
        String me = "/api/notifications/me";
        rows.add(new BadInput("a number for the digest", "police", "PUT", me, "{\"digest\": 1}", 400,
            List.of("digest", "true or false")));
        rows.add(new BadInput("text for the digest", "police", "PUT", me, "{\"digest\": \"yes\"}", 400,
            List.of("digest", "true or false")));
        rows.add(new BadInput("quoted true for the digest", "police", "PUT", me, "{\"digest\": \"true\"}", 400,
            List.of("digest", "true or false")));
        rows.add(new BadInput("null for the digest", "police", "PUT", me, "{\"digest\": null}", 400,
            List.of("digest", "true or false")));
        rows.add(new BadInput("a list for the digest", "police", "PUT", me, "{\"digest\": [true]}", 400,
            List.of("digest", "true or false")));
        rows.add(new BadInput("an extra field beside the digest", "police", "PUT", me, "{\"digest\": true, \"x\": 1}", 400,
            List.of("digest", "nothing else")));
        rows.add(new BadInput("no digest", "health", "PUT", me, "{}", 400, List.of("digest")));
        rows.add(new BadInput("a null body for the digest", "health", "PUT", me, "null", 400, List.of("digest")));
        rows.add(new BadInput("a list body for the digest", "health", "PUT", me, "[]", 400, List.of("digest")));
        rows.add(new BadInput("malformed JSON for the digest", "health", "PUT", me, "{\"digest\":", 400,
            List.of("not valid JSON")));
        rows.add(new BadInput("an empty body for the digest", "school-a", "PUT", me, "", 400, List.of("digest")));
        String chairs = "/api/notifications/chairs/scr-subgroup";
        rows.add(new BadInput("chairs that are text", "bu", "PUT", chairs, "{\"chairs\": \"scr-chair\"}", 400,
            List.of("chairs", "list")));
        rows.add(new BadInput("chairs that are numbers", "bu", "PUT", chairs, "{\"chairs\": [1]}", 400, List.of("chairs")));
        rows.add(new BadInput("a chair with a NUL", "bu", "PUT", chairs, "{\"chairs\": [\"scr\\u0000chair\"]}", 400,
            List.of("chairs")));
        rows.add(new BadInput("malformed chairs", "bu", "PUT", chairs, "{\"chairs\": [", 400, List.of("not valid JSON")));
        rows.add(new BadInput("a null body for chairs", "bu", "PUT", chairs, "null", 400, List.of("chairs")));
        rows.add(new BadInput("the chairs of an unknown group", "bu", "GET", "/api/notifications/chairs/no-such-group",
            null, 404, List.of("no group", "no-such-group")));
        rows.add(new BadInput("the chairs of an unknown group, as an administrator", "demo", "GET",
            "/api/notifications/chairs/no-such-group", null, 404, List.of("no group")));
        rows.add(new BadInput("naming the chairs of an unknown group", "bu", "PUT", "/api/notifications/chairs/no-such-group",
            "{\"chairs\": []}", 404, List.of("no group")));

        return rows.stream();
    }

    /** Someone hands a task to a person ({@code {"userId": ...}}): refused with 403 and these words. */
    private static BadInput handing(String what, String user, String path, String toUser, String... words) {
        return new BadInput(what, user, "POST", path, "{\"userId\":\"" + toUser + "\"}", 403, List.of(words));
    }

    /** Adding a user or group ({@code kind}: userId or groupId) to the open task as {@code type}: 403. */
    private static BadInput linking(String what, String user, String kind, String id, String type, String... words) {
        return new BadInput(what, user, "POST", REST + "/task/{openTask}/identity-links",
            "{\"" + kind + "\":\"" + id + "\",\"type\":\"" + type + "\"}", 403, List.of(words));
    }

    private static List<String> words(Object list) {
        @SuppressWarnings("unchecked")
        List<String> words = (List<String>) list;
        return words;
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    static String vars(String name, String jsonValue) {
        return "{\"variables\":{\"" + name + "\":{\"value\":" + jsonValue + "}}}";
    }

    static String vars(String name, String jsonValue, String type) {
        return "{\"variables\":{\"" + name + "\":{\"value\":" + jsonValue + ",\"type\":\"" + type + "\"}}}";
    }

    static String javaObject(String name) {
        return "{\"variables\":{\"" + name + "\":{\"value\":\"rO0ABXNyABFqYXZhLmxhbmcuQm9vbGVhbs0gcoDVnPruAgABWgAFdmFsdWV4cAE=\","
            + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.Boolean\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
    }

    /** A referral's start with this business key and typical facts. */
    static String startBody(String businessKey) {
        try {
            return JSON.writeValueAsString(Map.of("businessKey", businessKey,
                "variables", CamundaRest.camundaVariables(ReferralFacts.seriousHarm())));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the table has at least 150 rows")
    void atLeast150Rows() {
        assertThat(table().count()).isGreaterThanOrEqualTo(150);
    }

    @Test
    @DisplayName("positive control, H2: a 20,000-character narrative is taken and read back intact")
    void longNarrativeOnH2() throws Exception {
        LongNarratives.takenAndReadBack(engine, rest);
    }

    @Test
    @DisplayName("positive control: a person claims for themselves; an administrator hands a task within its group")
    void handoversWithinTheGroupStillWork() throws Exception {
        JsonNode started = rest.start("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        String ofsted = task(started.path("id").asText(), CaseReviewReferral.Elements.NOTIFY_OFSTED).getId();
        assertThat(send("childrens-services", "POST", REST + "/task/" + ofsted + "/claim",
            "{\"userId\":\"childrens-services\"}").statusCode()).isEqualTo(204);
        engine.getTaskService().setAssignee(ofsted, null);
        assertThat(send("demo", "POST", REST + "/task/" + ofsted + "/assignee",
            "{\"userId\":\"childrens-services\"}").statusCode()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(ofsted).singleResult().getAssignee())
            .isEqualTo("childrens-services");
    }

    @Test
    @DisplayName("positive control: the business unit and a group's chair hand a task to a member of its group")
    void theBusinessUnitAndAChairHandTasksWithinTheGroup() throws Exception {
        JsonNode started = rest.start("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        String ofsted = task(started.path("id").asText(), CaseReviewReferral.Elements.NOTIFY_OFSTED).getId();
        assertThat(send("bu", "POST", REST + "/task/" + ofsted + "/assignee",
            "{\"userId\":\"childrens-services\"}").statusCode()).as("the business unit assigns").isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(ofsted).singleResult().getAssignee())
            .isEqualTo("childrens-services");

        String decide = task(started.path("id").asText(), CaseReviewReferral.Elements.DECIDE_REVIEW_TYPE).getId();
        HttpResponse<String> byTheChair = send("scr-chair", "POST", REST + "/task/" + decide + "/assignee",
            "{\"userId\":\"scr-chair\"}");
        assertThat(byTheChair.statusCode()).as("the SCR chair assigns the Sub Group's task: %s", byTheChair.body())
            .isEqualTo(204);
        assertThat(send("scr-chair", "POST", REST + "/task/" + ofsted + "/assignee", "{\"userId\":\"scr-chair\"}")
            .statusCode()).as("but not another group's task").isEqualTo(403);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("table")
    void refusedPlainlyAndNothingChanges(BadInput row) throws Exception {
        String path = fill(row.path());
        String body = row.body() == null ? null : fill(row.body());
        Map<String, Object> before = snapshot();

        HttpResponse<String> response = send(row.user(), row.method(), path, body);

        assertThat(response.statusCode()).as("%s: %s", row, response.body()).isEqualTo(row.status());
        String message = messageOf(response);
        assertThat(message).as("%s: a message", row).isNotBlank();
        for (String word : row.words()) {
            assertThat(message.toLowerCase()).as("%s: the message names it", row).contains(fill(word).toLowerCase());
        }
        assertThat(JAVA_NAME.matcher(message).find()).as("%s: no Java name in '%s'", row, message).isFalse();
        assertThat(message.length()).as("%s: a short message: %s", row, message).isLessThanOrEqualTo(400);
        assertThat(response.body()).as("%s: no stack trace", row).doesNotContain("\tat ").doesNotContain("\n\tat");
        for (String sent : textsOf(body)) {
            if (sent.length() > 100) {
                assertThat(response.body()).as("%s: echoes at most 100 characters", row).doesNotContain(sent.substring(0, 101));
            }
        }
        assertThat(snapshot()).as("%s: nothing changed", row).isEqualTo(before);
    }

    private String fill(String text) {
        String out = text;
        for (Map.Entry<String, String> entry : placeholders.entrySet()) {
            out = out.replace(entry.getKey(), entry.getValue());
        }
        return out;
    }

    private static String messageOf(HttpResponse<String> response) {
        try {
            JsonNode json = JSON.readTree(response.body());
            return json.path("message").asText("");
        } catch (Exception notJson) {
            return "";
        }
    }

    private static List<String> textsOf(String body) {
        List<String> texts = new ArrayList<>();
        if (body == null) {
            return texts;
        }
        try {
            collect(JSON.readTree(body), texts);
        } catch (Exception unparsable) {
            texts.add(body);
        }
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.fieldNames().forEachRemaining(texts::add);
        node.forEach(child -> collect(child, texts));
    }

    /** Everything a refused request must leave as it was. */
    private Map<String, Object> snapshot() {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("cases", sql.queryForList("select ID_, REV_, BUSINESS_KEY_ from ACT_RU_EXECUTION order by ID_"));
        state.put("history", sql.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class));
        state.put("tasks", sql.queryForList("select ID_, REV_, ASSIGNEE_, OWNER_ from ACT_RU_TASK order by ID_"));
        state.put("variables", sql.queryForList("select ID_, REV_ from ACT_RU_VARIABLE order by ID_"));
        state.put("links", sql.queryForList("select ID_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_ from ACT_RU_IDENTITYLINK order by ID_"));
        state.put("jobs", sql.queryForObject("select count(*) from ACT_RU_JOB", Long.class));
        state.put("userInfo", sql.queryForList("select ID_, REV_, VALUE_ from ACT_ID_INFO order by ID_"));
        state.put("outbox", sql.queryForObject("select count(*) from ll_notification", Long.class));
        return state;
    }

    // ---------------------------------------------------------------- HTTP as the demo users

    /** As the demo user: over Basic auth, or signed in to Tasklist for the webapps' own API. */
    private HttpResponse<String> send(String user, String method, String path, String body) {
        if (path.startsWith("/camunda/")) {
            return sessions.computeIfAbsent(user, this::signedIn).send(method, path, body);
        }
        return rest.raw(user + ":" + DemoUsers.PASSWORD, method, path, body);
    }

    /** Signed in to Tasklist, with the CSRF token of a first API call, as Tasklist holds it. */
    private CamundaRest.WebappSession signedIn(String user) {
        CamundaRest.WebappSession session = rest.signIn("tasklist", user);
        assertThat(session.loginStatus()).as("login of %s", user).isEqualTo(200);
        session.send("GET", WEBAPP + "/task/count", null);
        return session;
    }
}
