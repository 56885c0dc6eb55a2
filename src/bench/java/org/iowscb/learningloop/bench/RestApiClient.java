package org.iowscb.learningloop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's REST API ({@code /engine-rest}) of the running application over loopback, with
 * {@link HttpClient} and HTTP Basic as the step's demo user, as a client of the application would call it.
 */
final class RestApiClient implements EngineClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final String password;
    private final String observer;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param base     for example {@code http://127.0.0.1:41234/engine-rest}
     * @param password the demo users' password
     * @param observer the user who looks up tasks and instances (an administrator)
     */
    RestApiClient(String base, String password, String observer) {
        this.base = base;
        this.password = password;
        this.observer = observer;
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    }

    @Override
    public String api() {
        return "REST API";
    }

    @Override
    public String start(StartStep start) {
        Map<String, Object> variables = typed(start.variables().get());
        return switch (start.kind()) {
            case MESSAGE -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("messageName", start.target());
                body.put("processVariables", variables);
                body.put("resultEnabled", true);
                JsonNode results = post(start.user(), "/message", body);
                JsonNode instance = results.path(0).path("processInstance");
                if (!instance.hasNonNull("id")) {
                    throw new IllegalStateException("Message " + start.target() + " started no instance: " + results);
                }
                yield instance.get("id").asText();
            }
            case PROCESS_DEFINITION_KEY -> post(start.user(),
                "/process-definition/key/" + encode(start.target()) + "/start", Map.of("variables", variables))
                .get("id").asText();
        };
    }

    @Override
    public List<OpenTask> openTasks(String processInstanceId) {
        JsonNode list = get(observer, "/task?active=true&processInstanceId=" + encode(processInstanceId));
        List<OpenTask> open = new ArrayList<>();
        list.forEach(t -> open.add(new OpenTask(t.get("id").asText(), t.path("taskDefinitionKey").asText(null))));
        return open;
    }

    @Override
    public boolean hasEnded(String processInstanceId) {
        return get(observer, "/process-instance/count?processInstanceIds=" + encode(processInstanceId))
            .get("count").asLong() == 0;
    }

    @Override
    public void complete(OpenTask task, TaskStep step) {
        post(step.user(), "/task/" + encode(task.id()) + "/complete", Map.of("variables", typed(step.variables().get())));
    }

    private JsonNode get(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
    }

    private JsonNode post(String user, String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))), user);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request, String user) {
        HttpRequest built = request
            .header("Authorization", basic(user))
            .header("Accept", "application/json")
            .timeout(TIMEOUT)
            .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " as " + user + " -> "
                + status + " " + text.substring(0, Math.min(300, text.length())));
        }
        if (response.body().length == 0) {
            return json.nullNode();
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable answer from " + built.uri(), e);
        }
    }

    private String basic(String user) {
        return "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Plain Java values to Camunda's REST variable format {@code {"name": {"value": .., "type": ..}}}. */
    static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, typedValue(name, value)));
        return typed;
    }

    private static Map<String, Object> typedValue(String name, Object value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        if (value == null) {
            typed.put("value", null);
            typed.put("type", "Null");
            return typed;
        }
        String type;
        if (value instanceof String) {
            type = "String";
        } else if (value instanceof Boolean) {
            type = "Boolean";
        } else if (value instanceof Integer) {
            type = "Integer";
        } else if (value instanceof Long) {
            type = "Long";
        } else if (value instanceof Short) {
            type = "Short";
        } else if (value instanceof Double) {
            type = "Double";
        } else if (value instanceof Date) {
            type = "Date";
        } else {
            throw new IllegalArgumentException("Variable '" + name + "' of type " + value.getClass().getName()
                + " has no REST mapping in the bench harness; use String, Boolean, Integer, Long, Short, Double"
                + " or Date");
        }
        typed.put("value", value instanceof Date date
            ? new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(date)
            : value);
        typed.put("type", type);
        return typed;
    }
}
