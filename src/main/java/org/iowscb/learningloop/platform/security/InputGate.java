package org.iowscb.learningloop.platform.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.iowscb.learningloop.platform.engine.Texts;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One gate for what reaches the engine's REST API, on both of its paths: {@code /engine-rest/...} (scripts)
 * and {@code /camunda/api/engine/engine/{name}/...} (Tasklist, Cockpit). It reads the body once, and refuses
 * with 400 and a sentence naming the field, in Camunda's error format, before the engine sees anything:
 * <ul>
 *   <li>a body that is not JSON, is nested more than {@value #MAX_DEPTH} levels deep, is larger than
 *       {@value #MAX_BODY_BYTES} bytes, or is {@code null}, a list or a single value where an object is
 *       expected;</li>
 *   <li>control characters (other than tab, line feed and carriage return) in any text;</li>
 *   <li>a narrative variable (a form's text area, see {@link Narratives}) over 20,000 characters, any other
 *       text over 4,000, a business key over {@value #MAX_BUSINESS_KEY}, a variable name over
 *       {@value #MAX_NAME};</li>
 *   <li>variables of type Object (a serialized Java object above all; the one Object taken is a checklist's
 *       ticks as Tasklist sends them, a plain list of text in JSON), Bytes or File, broken JSON in a
 *       {@code Json} variable, a value that does not fit its type (text for a Boolean, say), an unknown
 *       type;</li>
 *   <li>{@code firstResult} or {@code maxResults} that are not whole numbers of 0 or more.</li>
 * </ul>
 */
class InputGate implements Filter {

    static final int MAX_DEPTH = 40;
    static final int MAX_BODY_BYTES = 1_000_000;
    static final int MAX_BUSINESS_KEY = 100;
    static final int MAX_NAME = 100;
    static final int MAX_PROBLEMS = 5;

    static final String ENGINE_REST = "/engine-rest/";
    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/";

    /** Keys whose object value maps variable names to {@code {"value", "type", "valueInfo"}}. */
    static final Set<String> VARIABLE_MAPS = Set.of("variables", "processVariables", "processVariablesLocal",
        "modifications", "correlationKeys", "localCorrelationKeys", "processVariablesToTriggeredScope");
    static final Set<String> PAGING = Set.of("firstResult", "maxResults");
    private static final Pattern SINGLE_VARIABLE = Pattern.compile("(?:^|/)(?:variables|localVariables)/([^/]+)$");
    private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
    /**
     * The one object value accepted: a list of text in JSON, which the engine reads into a plain list.
     * Tasklist sends a checklist's ticks with the type of the variable it edits or, where there is none
     * yet, of its options; the engine keeps lists of choices as such lists.
     */
    private static final String TASKLIST_LIST_FORMAT = "application/json";
    private static final java.util.Set<String> TASKLIST_LIST_TYPES =
        java.util.Set.of("java.util.ArrayList", "java.util.ArrayList<java.lang.String>");

    private static final JsonFactory FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
    private static final ObjectMapper JSON = JsonMapper.builder(FACTORY)
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final ObjectMapper ANSWER = new ObjectMapper();

    private final Narratives narratives;

    InputGate(Narratives narratives) {
        this.narratives = narratives;
    }

    private static boolean anonymousOnTheWebappsApi(HttpServletRequest request) {
        if (!request.getRequestURI().substring(request.getContextPath().length()).startsWith(WEBAPP_ENGINE)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return session == null || AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        String resource = resourcePath(request);
        if (resource == null || anonymousOnTheWebappsApi(request)) {
            // nobody signed in to the webapps: their own filter answers 401 before any body is read
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        Problems problems = new Problems();
        checkPaging(request, problems);
        byte[] body = null;
        if (problems.isEmpty() && hasJsonBody(request)) {
            body = read(request, problems);
            if (body != null) {
                checkBody(request.getMethod(), resource, body, problems);
            }
        }
        if (!problems.isEmpty()) {
            refuse((HttpServletResponse) servletResponse, problems.message());
            return;
        }
        HttpServletRequest passed = body == null ? request : new BufferedRequest(request, body);
        if (!isWebapp(request)) {
            chain.doFilter(passed, servletResponse);
            return;
        }
        // the webapps' Jersey application has Camunda's error answers only: translate them here
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        chain.doFilter(passed, cached);
        if (cached.getStatus() >= 400 && cached.getContentType() != null && cached.getContentType().contains("json")) {
            JsonNode error = readQuietly(cached.getContentAsByteArray());
            if (error != null && error.isObject() && error.has("message")) {
                EngineRestErrors.Answer answer = EngineRestErrors.translate(cached.getStatus(),
                    error.path("type").asText(null), error.path("message").asText(null), resource);
                byte[] out = ANSWER.writeValueAsBytes(Map.of("type", answer.type(), "message", answer.message()));
                response.setStatus(answer.status());
                response.setContentType("application/json");
                response.setContentLength(out.length);
                response.getOutputStream().write(out);
                return;
            }
        }
        cached.copyBodyToResponse();
    }

    private static boolean isWebapp(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(WEBAPP_ENGINE);
    }

    private static JsonNode readQuietly(byte[] body) {
        try {
            return ANSWER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The engine resource a request addresses ({@code task/abc/claim}), or null when it is not the engine's API. */
    static String resourcePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest;
        if (path.startsWith(ENGINE_REST)) {
            rest = path.substring(ENGINE_REST.length());
            if (rest.startsWith("engine/")) {
                int slash = rest.indexOf('/', "engine/".length());
                rest = slash < 0 ? "" : rest.substring(slash + 1);
            }
        } else if (path.startsWith(WEBAPP_ENGINE)) {
            rest = path.substring(WEBAPP_ENGINE.length());
            int slash = rest.indexOf('/');
            rest = slash < 0 ? "" : rest.substring(slash + 1);
        } else {
            return null;
        }
        return rest;
    }

    private static void checkPaging(HttpServletRequest request, Problems problems) {
        for (String name : PAGING) {
            String[] values = request.getParameterMap().get(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!value.matches("\\d{1,9}")) {
                    problems.add(name + " must be a whole number of 0 or more, not " + Texts.shown(value));
                }
            }
        }
    }

    private static boolean hasJsonBody(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method) && !"DELETE".equals(method)) {
            return false;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return !type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded");
    }

    private static byte[] read(HttpServletRequest request, Problems problems) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                problems.add("the request is larger than " + MAX_BODY_BYTES / 1000 + " kB");
                return null;
            }
            return body;
        }
    }

    void checkBody(String method, String resource, byte[] body, Problems problems) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (StreamConstraintsException tooDeep) {
            problems.add("the request is nested more than " + MAX_DEPTH + " levels deep; lists and records may be"
                + " nested at most " + MAX_DEPTH + " levels");
            return;
        } catch (IOException malformed) {
            problems.add("the request body is not valid JSON" + where(malformed)
                + "; send an object in braces, such as {\"variables\": {}}");
            return;
        }
        if (root == null || !root.isObject()) {
            problems.add("the request body must be an object in braces, such as {\"variables\": {}}, not "
                + kindOf(root));
            return;
        }
        Matcher single = SINGLE_VARIABLE.matcher(resource);
        if ("PUT".equals(method) && single.find()) {
            String name = URLDecoder.decode(single.group(1), StandardCharsets.UTF_8);
            checkVariable(name, root, problems);
            return;
        }
        walk(root, null, problems);
    }

    /** Every text anywhere; variable maps by their own rules. */
    private void walk(JsonNode node, String field, Problems problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = entry.getKey();
                checkText(key, "a field name", MAX_NAME, problems);
                JsonNode value = entry.getValue();
                if (VARIABLE_MAPS.contains(key) && value.isObject()) {
                    for (Iterator<Map.Entry<String, JsonNode>> vars = value.fields(); vars.hasNext(); ) {
                        Map.Entry<String, JsonNode> variable = vars.next();
                        checkVariable(variable.getKey(), variable.getValue(), problems);
                    }
                } else if (VARIABLE_MAPS.contains(key) && !value.isArray() && !value.isNull()) {
                    problems.add(key + " must be a set of named values, such as {\"summary\": {\"value\": \"...\"}}");
                } else {
                    walk(value, key, problems);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> walk(element, field, problems));
        } else if (node.isTextual()) {
            int limit = "businessKey".equals(field) ? MAX_BUSINESS_KEY : Narratives.MAX_TEXT;
            checkText(node.asText(), field == null ? "a text" : field, limit, problems);
        }
    }

    private void checkVariable(String name, JsonNode dto, Problems problems) {
        if (!checkText(name, "a variable name", MAX_NAME, problems)) {
            return;
        }
        if (!dto.isObject()) {
            problems.add(name + " must be written as {\"value\": ..., \"type\": ...}, not " + kindOf(dto));
            return;
        }
        JsonNode typeNode = dto.path("type");
        if (!typeNode.isMissingNode() && !typeNode.isNull() && !typeNode.isTextual()) {
            problems.add(name + ": its type must be a name such as \"String\"");
            return;
        }
        String type = typeNode.isTextual() ? typeNode.asText().toLowerCase(Locale.ROOT) : "";
        JsonNode value = dto.path("value");
        boolean none = value.isMissingNode() || value.isNull();
        switch (type) {
            case "" -> {
                if (value.isContainerNode()) {
                    problems.add(name + " is a list or record: send it as text with the type Json");
                } else if (value.isTextual()) {
                    checkText(value.asText(), name, narratives.limitOf(name), problems);
                }
            }
            case "string", "xml" -> {
                if (!none && !value.isTextual()) {
                    problems.add(name + " must be text, in quotes, not " + shown(value));
                } else if (!none) {
                    checkText(value.asText(), name, narratives.limitOf(name), problems);
                }
            }
            case "boolean" -> {
                if (!none && !value.isBoolean() && !(value.isTextual() && value.asText().matches("true|false"))) {
                    problems.add(name + " must be true or false, not " + shown(value));
                }
            }
            case "integer", "short", "long" -> {
                if (!none && !wholeNumber(value, type)) {
                    problems.add(name + " must be a whole number" + ("long".equals(type) ? "" : " up to "
                        + ("short".equals(type) ? Short.MAX_VALUE : Integer.MAX_VALUE)) + ", not " + shown(value));
                }
            }
            case "double" -> {
                if (!none && !value.isNumber() && !(value.isTextual() && isDecimal(value.asText()))) {
                    problems.add(name + " must be a number, not " + shown(value));
                }
            }
            case "date" -> {
                if (!none && !(value.isTextual() && isDate(value.asText()))) {
                    problems.add(name + " must be a date and time written like 2026-03-01T09:00:00.000+0000, not "
                        + shown(value));
                }
            }
            case "json" -> {
                if (!none && !value.isTextual()) {
                    problems.add(name + " must be JSON written as text, in quotes");
                } else if (!none && checkText(value.asText(), name, Narratives.MAX_NARRATIVE, problems)) {
                    checkJson(name, value.asText(), problems);
                }
            }
            case "null" -> {
            }
            case "object" -> {
                String format = dto.path("valueInfo").path("serializationDataFormat").asText("");
                if (TASKLIST_LIST_FORMAT.equals(format)
                    && TASKLIST_LIST_TYPES.contains(dto.path("valueInfo").path("objectTypeName").asText(""))) {
                    // a checklist as Tasklist sends it back: the type of the list it edits, its ticks as JSON text
                    checkListOfText(name, value, none, problems);
                    break;
                }
                problems.add(JAVA_SERIALIZED.equalsIgnoreCase(format)
                    ? name + " is a serialized Java object, which is not accepted; send text, a number, true or"
                        + " false, or a list as text with the type Json"
                    : name + " has the type Object, which is not accepted; send a list or record as text with the"
                        + " type Json");
            }
            case "bytes", "file" -> problems.add(name + " is a file or bytes, which are not accepted as variables");
            default -> problems.add(name + " has the type " + Texts.shown(typeNode.asText())
                + ", which is not known; use String, Boolean, Long, Double, Date or Json");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = dto.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!"value".equals(field.getKey())) {
                walk(field.getValue(), name + "." + field.getKey(), problems);
            }
        }
    }

    /**
     * A list of text as an object value in JSON, as Tasklist submits a checklist whose list (or list of
     * options) the engine holds as an object value: JSON text of an array of strings, and nothing else.
     */
    private static void checkListOfText(String name, JsonNode value, boolean none, Problems problems) {
        if (none) {
            return;
        }
        if (!value.isTextual()) {
            problems.add(name + " must be a list written as JSON text, in quotes");
            return;
        }
        if (!checkText(value.asText(), name, Narratives.MAX_NARRATIVE, problems)) {
            return;
        }
        JsonNode list;
        try {
            list = JSON.readTree(value.asText());
        } catch (IOException notJson) {
            checkJson(name, value.asText(), problems); // says how it is broken, as for a Json value
            return;
        }
        boolean allText = list != null && list.isArray();
        if (allText) {
            for (JsonNode element : list) {
                allText &= element.isTextual();
            }
        }
        if (!allText) {
            problems.add(name + " must be a list of choices, such as [\"agency-police\"]");
        }
    }

    private static void checkJson(String name, String text, Problems problems) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(text);
        } catch (StreamConstraintsException tooDeep) {
            problems.add(name + " is JSON nested more than " + MAX_DEPTH + " levels deep");
            return;
        } catch (IOException broken) {
            problems.add(name + " is not valid JSON" + where(broken));
            return;
        }
        if (parsed == null) {
            problems.add(name + " is empty; valid JSON is expected, such as [] for an empty list");
            return;
        }
        new Object() {
            void texts(JsonNode node) {
                if (node.isTextual()) {
                    checkControl(node.asText(), name, problems);
                }
                node.forEach(this::texts);
            }
        }.texts(parsed);
    }

    /** Control characters and length; true when the text passed. */
    private static boolean checkText(String text, String field, int limit, Problems problems) {
        if (!checkControl(text, field, problems)) {
            return false;
        }
        if (text.length() > limit) {
            problems.add(field + " is " + text.length() + " characters long; at most " + limit + " are accepted");
            return false;
        }
        return true;
    }

    private static boolean checkControl(String text, String field, Problems problems) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                problems.add(field + " contains a control character (" + String.format("U+%04X", (int) c)
                    + ") at position " + (i + 1) + "; only tab and line breaks are accepted");
                return false;
            }
        }
        return true;
    }

    private static boolean wholeNumber(JsonNode value, String type) {
        BigInteger number;
        if (value.isIntegralNumber()) {
            number = value.bigIntegerValue();
        } else if (value.isTextual() && value.asText().matches("-?\\d{1,19}")) {
            number = new BigInteger(value.asText());
        } else {
            return false;
        }
        BigInteger max = BigInteger.valueOf("short".equals(type) ? Short.MAX_VALUE
            : "integer".equals(type) ? Integer.MAX_VALUE : Long.MAX_VALUE);
        BigInteger min = BigInteger.valueOf("short".equals(type) ? Short.MIN_VALUE
            : "integer".equals(type) ? Integer.MIN_VALUE : Long.MIN_VALUE);
        return number.compareTo(max) <= 0 && number.compareTo(min) >= 0;
    }

    private static boolean isDecimal(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        format.setLenient(false);
        try {
            format.parse(text);
            return true;
        } catch (ParseException e) {
            return false;
        }
    }

    private static String where(IOException problem) {
        if (problem instanceof JsonProcessingException json && json.getLocation() != null
            && json.getLocation() != JsonLocation.NA && json.getLocation().getLineNr() > 0) {
            return " (the mistake is at line " + json.getLocation().getLineNr() + ", column "
                + json.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static String kindOf(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isArray()) {
            return "a list";
        }
        return "a single value";
    }

    private static String shown(JsonNode value) {
        return value.isTextual() ? Texts.shown(value.asText()) : value.isContainerNode() ? "a list or record"
            : Texts.shown(value.toString());
    }

    static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ANSWER.writeValueAsString(
            Map.of("type", "InvalidRequestException", "message", message)));
    }

    /** The problems of one request, in one sentence like the guards' ("Please correct: ..."). */
    static final class Problems {
        private final List<String> problems = new ArrayList<>();

        void add(String problem) {
            if (problems.size() < MAX_PROBLEMS && !problems.contains(problem)) {
                problems.add(problem);
            }
        }

        boolean isEmpty() {
            return problems.isEmpty();
        }

        String message() {
            return "Please correct: " + String.join("; ", problems) + ".";
        }
    }

    /** The request with its body read once and served again to the engine. */
    static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
