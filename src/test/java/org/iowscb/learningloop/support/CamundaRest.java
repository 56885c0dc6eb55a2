package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application over HTTP as the demo users of CONTRACT.md use it: Camunda's REST API and the
 * application's own API with HTTP Basic (password {@value DemoUsers#PASSWORD}), and the webapps'
 * API with a signed-in session, as Tasklist calls it. For tests that drive a process end to end
 * over HTTP and prove who sees which task ({@link TaskViews}).
 */
public final class CamundaRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The path of the webapps' engine API, behind their login and CSRF token. */
    public static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final int port;

    public CamundaRest(int port) {
        this.port = port;
    }

    /** Starts the latest version of a process as this user; returns the instance JSON (id, businessKey). */
    public JsonNode start(String user, String processKey, Map<String, Object> variables) {
        HttpResponse<String> response = tryStart(user, processKey, variables);
        assertThat(response.statusCode()).as("start %s as %s: %s", processKey, user, response.body()).isEqualTo(200);
        return json(response);
    }

    /** Asks to start the latest version of a process as this user: what the API answered. */
    public HttpResponse<String> tryStart(String user, String processKey, Map<String, Object> variables) {
        return send(user, "POST", "/engine-rest/process-definition/key/" + processKey + "/start",
            Map.of("variables", camundaVariables(variables)));
    }

    /** Starts a process and returns its case reference (the business key). */
    public String startCase(String user, String processKey, Map<String, Object> variables) {
        return start(user, processKey, variables).path("businessKey").asText();
    }

    /** Submits a process's start form as this user, as Tasklist's start form does. */
    public HttpResponse<String> submitStartForm(String user, String processKey, Map<String, Object> variables) {
        return send(user, "POST", "/engine-rest/process-definition/key/" + processKey + "/submit-form",
            Map.of("variables", camundaVariables(variables)));
    }

    /** Correlates a start or intermediate message as this user. */
    public HttpResponse<String> correlate(String user, String messageName, String businessKey, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
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
        return list(json(response));
    }

    /** This user's visible tasks of one case (business key). */
    public List<JsonNode> tasks(String user, String businessKey) {
        HttpResponse<String> response = send(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + businessKey, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return list(json(response));
    }

    /** Claims and completes the one task of this definition key in the case, as this user. */
    public void work(String user, String businessKey, String taskKey, Map<String, Object> variables) {
        JsonNode task = tasks(user, businessKey).stream()
            .filter(t -> t.path("taskDefinitionKey").asText().equals(taskKey)).findFirst()
            .orElseThrow(() -> new AssertionError(user + " cannot see task " + taskKey + " of " + businessKey));
        String id = task.path("id").asText();
        HttpResponse<String> claim = claim(user, id);
        assertThat(claim.statusCode()).as("claim %s as %s: %s", taskKey, user, claim.body()).isEqualTo(204);
        HttpResponse<String> done = complete(user, id, variables);
        assertThat(done.statusCode()).as("complete %s as %s: %s", taskKey, user, done.body()).isEqualTo(204);
    }

    public HttpResponse<String> claim(String user, String taskId) {
        return send(user, "POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    }

    public HttpResponse<String> complete(String user, String taskId, Map<String, Object> variables) {
        return send(user, "POST", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", camundaVariables(variables)));
    }

    /** A request as this demo user, the body written as JSON (none when null). */
    public HttpResponse<String> send(String user, String method, String path, Object body) {
        try {
            return request(user + ":" + DemoUsers.PASSWORD, method, path,
                body == null ? null : JSON.writeValueAsString(body), null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + path + ": the body is not JSON", e);
        }
    }

    /** GET as this demo user (null: nobody signed in), with this Accept header (null: none). */
    public HttpResponse<String> get(String user, String path, String accept) {
        return request(user == null ? null : user + ":" + DemoUsers.PASSWORD, "GET", path, null, accept);
    }

    public HttpResponse<String> get(String user, String path) {
        return get(user, path, null);
    }

    /** GET as this demo user, the body as bytes: a PDF, say. */
    public HttpResponse<byte[]> getBytes(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /**
     * A request exactly as written: the credentials {@code user:password} (null: nobody signed in)
     * and the body as text (null: none), sent as JSON.
     */
    public HttpResponse<String> raw(String credentials, String method, String path, String body) {
        return request(credentials, method, path, body, null);
    }

    private HttpResponse<String> request(String credentials, String method, String path, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /**
     * Signs in to a webapp ({@code tasklist}, {@code cockpit}, {@code admin}) as its login page does:
     * with the CSRF token the first page set in the session's cookie.
     */
    public WebappSession signIn(String app, String user) {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
        WebappSession session = new WebappSession(browser, cookies);
        try {
            browser.send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                    uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + DemoUsers.PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
            session.loginStatus = login.statusCode();
            return session;
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign in to " + app + " as " + user, e);
        }
    }

    /** A signed-in webapp session: its requests carry the session cookie and the current CSRF token. */
    public final class WebappSession {

        private final HttpClient browser;
        private final CookieManager cookies;
        private int loginStatus;

        private WebappSession(HttpClient browser, CookieManager cookies) {
            this.browser = browser;
            this.cookies = cookies;
        }

        /** What the login answered: 200 signed in, 403 no access to that webapp. */
        public int loginStatus() {
            return loginStatus;
        }

        public HttpResponse<String> send(String method, String path, String body) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken());
                return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            }
        }

        private String csrfToken() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .reduce((first, last) -> last).orElseThrow().getValue();
        }
    }

    /**
     * A form's values as Tasklist (Camunda 7.24's Camunda Forms) submits them: a list or record takes the
     * type of the variable of its name the form loaded ({@code formVariables}, the answer of
     * {@code GET .../form-variables}), else of the variable its field takes its options from
     * ({@code optionsVariables}), else Json; its value is the JSON text. Text, numbers, true and
     * false go untyped, as Tasklist sends them.
     */
    public static Map<String, Object> asTasklistSends(Map<String, Object> values, JsonNode formVariables,
                                                      Map<String, String> optionsVariables) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
                // text, a number, true or false: untyped, the engine reads the type from the JSON
                Map<String, Object> untyped = new LinkedHashMap<>();
                untyped.put("value", value);
                out.put(name, untyped);
                return;
            }
            JsonNode typedBy = formVariables.has(name) ? formVariables.path(name)
                : optionsVariables.containsKey(name) ? formVariables.path(optionsVariables.get(name)) : null;
            Map<String, Object> variable = new LinkedHashMap<>();
            try {
                variable.put("value", JSON.writeValueAsString(value));
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
            if (typedBy == null || typedBy.isMissingNode()) {
                variable.put("type", "Json");
            } else {
                variable.put("type", typedBy.path("type").asText());
                variable.put("valueInfo", JSON.convertValue(typedBy.path("valueInfo"), Map.class));
            }
            out.put(name, variable);
        });
        return out;
    }

    /**
     * Camunda's variable format as Tasklist submits a form: lists (checklists) as JSON, whole
     * numbers of type Long as Long, everything else as it is.
     */
    public static Map<String, Object> camundaVariables(Map<String, Object> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                try {
                    out.put(name, Map.of("value", JSON.writeValueAsString(list), "type", "Json"));
                } catch (Exception e) {
                    throw new IllegalArgumentException(e);
                }
            } else if (value instanceof Long number) {
                out.put(name, Map.of("value", number, "type", "Long"));
            } else {
                out.put(name, Map.of("value", value));
            }
        });
        return out;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    public static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
