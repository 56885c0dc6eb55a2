package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's REST API as the demo users of CONTRACT.md use it (HTTP Basic, password {@code demo}).
 * For tests that drive a process end to end over HTTP and prove who sees which task.
 */
public final class CamundaRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public CamundaRest(int port) {
        this.port = port;
    }

    /** Starts the latest version of a process as this user; returns the instance JSON (id, businessKey). */
    public JsonNode start(String user, String processKey, Map<String, Object> variables) {
        HttpResponse<String> response = send(user, "POST", "/engine-rest/process-definition/key/" + processKey + "/start",
            Map.of("variables", camundaVariables(variables)));
        assertThat(response.statusCode()).as("start %s as %s: %s", processKey, user, response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** Correlates a start or intermediate message as this user. */
    public HttpResponse<String> correlate(String user, String messageName, String businessKey, Map<String, Object> variables) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("messageName", messageName);
        if (businessKey != null) {
            body.put("businessKey", businessKey);
        }
        body.put("processVariables", camundaVariables(variables));
        return send(user, "POST", "/engine-rest/message", body);
    }

    /** The tasks this user can see (their own and their groups', through the engine's authorizations). */
    public List<JsonNode> tasks(String user) {
        HttpResponse<String> response = send(user, "GET", "/engine-rest/task?maxResults=1000", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return list(read(response.body()));
    }

    /** This user's visible tasks of one case (business key). */
    public List<JsonNode> tasks(String user, String businessKey) {
        HttpResponse<String> response = send(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + businessKey, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return list(read(response.body()));
    }

    /** Claims and completes the one task of this definition key in the case, as this user. */
    public void work(String user, String businessKey, String taskKey, Map<String, Object> variables) {
        JsonNode task = tasks(user, businessKey).stream()
            .filter(t -> t.path("taskDefinitionKey").asText().equals(taskKey)).findFirst()
            .orElseThrow(() -> new AssertionError(user + " cannot see task " + taskKey + " of " + businessKey));
        String id = task.path("id").asText();
        HttpResponse<String> claim = send(user, "POST", "/engine-rest/task/" + id + "/claim", Map.of("userId", user));
        assertThat(claim.statusCode()).as("claim %s as %s: %s", taskKey, user, claim.body()).isEqualTo(204);
        HttpResponse<String> done = complete(user, id, variables);
        assertThat(done.statusCode()).as("complete %s as %s: %s", taskKey, user, done.body()).isEqualTo(204);
    }

    public HttpResponse<String> complete(String user, String taskId, Map<String, Object> variables) {
        return send(user, "POST", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", camundaVariables(variables)));
    }

    public HttpResponse<String> send(String user, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** Camunda's variable format; lists go as JSON, the way a Camunda Form checklist submits them. */
    static Map<String, Object> camundaVariables(Map<String, Object> variables) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                try {
                    out.put(name, Map.of("value", JSON.writeValueAsString(list), "type", "Json"));
                } catch (Exception e) {
                    throw new IllegalArgumentException(e);
                }
            } else {
                out.put(name, Map.of("value", value));
            }
        });
        return out;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
