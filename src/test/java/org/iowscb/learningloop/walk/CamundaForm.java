package org.iowscb.learningloop.walk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A deployed Camunda Form, filled as a person fills it in Tasklist: field by field, top to
 * bottom, skipping what the form shows read-only and what its {@code conditional.hide} FEEL
 * expression hides at that moment (form-js submits neither), with {@link TypicalValues}.
 */
final class CamundaForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    private static final Set<String> NOT_INPUT = Set.of("text", "table", "image", "spacer", "separator", "button", "html",
        "iframe", "documentPreview");

    private final String id;
    private final JsonNode components;

    private CamundaForm(JsonNode form) {
        this.id = form.path("id").asText();
        this.components = form.path("components");
    }

    static CamundaForm read(InputStream deployed) {
        try (InputStream in = deployed) {
            return new CamundaForm(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String id() {
        return id;
    }

    /** The values a person submits, given what the form shows ({@code shown}: the task's variables). */
    Map<String, Object> fill(Map<String, Object> shown, LocalDate today, boolean caseStartedByAPerson) {
        Map<String, Object> context = new LinkedHashMap<>(shown);
        Map<String, Object> submitted = new LinkedHashMap<>();
        fill(components, context, submitted, today, caseStartedByAPerson);
        return submitted;
    }

    private void fill(JsonNode fields, Map<String, Object> context, Map<String, Object> submitted, LocalDate today,
                      boolean caseStartedByAPerson) {
        for (JsonNode field : fields) {
            if (hidden(field, context)) {
                continue;
            }
            if (field.path("type").asText().equals("dynamiclist")) {
                fillList(field, context, submitted, today, caseStartedByAPerson);
                continue;
            }
            if (field.has("components")) {
                fill(field.path("components"), context, submitted, today, caseStartedByAPerson);
                continue;
            }
            String key = field.path("key").asText("");
            if (key.isEmpty() || NOT_INPUT.contains(field.path("type").asText())
                || field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false)) {
                continue;
            }
            Object value = TypicalValues.of(id, field, context, today, caseStartedByAPerson);
            if (value != null) {
                submitted.put(key, value);
                context.put(key, value);
            }
        }
    }

    /**
     * A dynamic list ("Add new"): each entry the task already holds (one per lesson, say) is
     * filled in, or, where it holds none, one entry is added, as a person would. Its fields see the
     * entry's own values, as form-js shows them.
     */
    @SuppressWarnings("unchecked")
    private void fillList(JsonNode list, Map<String, Object> context, Map<String, Object> submitted, LocalDate today,
                          boolean caseStartedByAPerson) {
        String path = list.path("path").asText();
        List<Map<String, Object>> entries = new ArrayList<>();
        if (context.get(path) instanceof List<?> given && !given.isEmpty()) {
            given.forEach(entry -> entries.add(new LinkedHashMap<>((Map<String, Object>) entry)));
        } else {
            entries.add(new LinkedHashMap<>());
        }
        for (int number = 1; number <= entries.size(); number++) {
            Map<String, Object> entry = entries.get(number - 1);
            Map<String, Object> entryContext = new LinkedHashMap<>(context);
            entryContext.putAll(entry);
            entryContext.put(TypicalValues.ENTRY_NUMBER, number);
            fill(list.path("components"), entryContext, entry, today, caseStartedByAPerson);
        }
        submitted.put(path, entries);
        context.put(path, entries);
    }

    /** Whether the field's hide expression holds now; an expression FEEL cannot evaluate hides nothing. */
    private static boolean hidden(JsonNode field, Map<String, Object> context) {
        String hide = field.path("conditional").path("hide").asText("");
        if (hide.isBlank()) {
            return false;
        }
        String expression = hide.startsWith("=") ? hide.substring(1) : hide;
        try {
            Object result = FEEL.evaluateSimpleExpression(expression, Variables.fromMap(context).asVariableContext());
            return Boolean.TRUE.equals(result);
        } catch (RuntimeException notEvaluated) {
            return false;
        }
    }
}
