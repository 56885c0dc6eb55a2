package org.iowscb.learningloop.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * expression hides at that moment (form-js submits neither). What goes into a field is the
 * {@link FieldValues}' choice: the demo's believable values ({@link DemoValues}) when it seeds a
 * year of cases, the typical values of the test that walks every process by its forms.
 */
public final class CamundaForm {

    /** In a dynamic list's entry, the number of the entry, counted from 1 (shown to {@link FieldValues}, never submitted). */
    public static final String ENTRY_NUMBER = "entryNumber";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    private static final Set<String> NOT_INPUT = Set.of("text", "table", "image", "spacer", "separator", "button",
        "html", "iframe", "documentPreview");

    /** What a person enters in the fields of a form. */
    public interface FieldValues {

        /**
         * The field's value, or {@code null} to leave it empty.
         *
         * @param form    the form's id
         * @param field   the field's component in the form's JSON
         * @param context what the form shows: the task's variables and the values entered so far
         */
        Object valueOf(String form, JsonNode field, Map<String, Object> context);

        /** How many entries a person adds to a dynamic list that holds none. */
        default int entriesToAdd() {
            return 1;
        }
    }

    private final String id;
    private final JsonNode components;

    private CamundaForm(JsonNode form) {
        this.id = form.path("id").asText();
        this.components = form.path("components");
    }

    public static CamundaForm read(InputStream deployed) {
        try (InputStream in = deployed) {
            return new CamundaForm(JSON.readTree(in));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public String id() {
        return id;
    }

    /**
     * The variable each top-level field takes its options from, by the field's key: what Tasklist reads
     * to type a checklist's ticks when the variable it edits does not exist yet.
     */
    public Map<String, String> optionsVariables() {
        Map<String, String> keys = new LinkedHashMap<>();
        components.forEach(field -> {
            if (field.hasNonNull("key") && field.hasNonNull("valuesKey")) {
                keys.put(field.path("key").asText(), field.path("valuesKey").asText());
            }
        });
        return keys;
    }

    /** What a person submits, given what the form shows ({@code shown}: the task's variables, as plain values). */
    public Map<String, Object> fill(Map<String, Object> shown, FieldValues values) {
        Map<String, Object> context = new LinkedHashMap<>(shown);
        Map<String, Object> submitted = new LinkedHashMap<>();
        fill(components, context, submitted, values);
        return submitted;
    }

    private void fill(JsonNode fields, Map<String, Object> context, Map<String, Object> submitted, FieldValues values) {
        for (JsonNode field : fields) {
            if (hidden(field, context)) {
                continue;
            }
            if (field.path("type").asText().equals("dynamiclist")) {
                fillList(field, context, submitted, values);
                continue;
            }
            if (field.has("components")) {
                fill(field.path("components"), context, submitted, values);
                continue;
            }
            String key = field.path("key").asText("");
            if (key.isEmpty() || NOT_INPUT.contains(field.path("type").asText())
                || field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false)) {
                continue;
            }
            Object value = values.valueOf(id, field, context);
            if (value != null) {
                submitted.put(key, value);
                context.put(key, value);
            }
        }
    }

    /**
     * A dynamic list ("Add new"): each entry the task already holds (one per lesson, say) is
     * filled in, or, where it holds none, entries are added, as a person would. Its fields see the
     * entry's own values, as form-js shows them.
     */
    @SuppressWarnings("unchecked")
    private void fillList(JsonNode list, Map<String, Object> context, Map<String, Object> submitted, FieldValues values) {
        String path = list.path("path").asText();
        List<Map<String, Object>> entries = new ArrayList<>();
        if (context.get(path) instanceof List<?> given && !given.isEmpty()) {
            given.forEach(entry -> entries.add(new LinkedHashMap<>((Map<String, Object>) entry)));
        } else {
            int added = values.entriesToAdd();
            for (int entry = 0; entry < added; entry++) {
                entries.add(new LinkedHashMap<>());
            }
        }
        for (int number = 1; number <= entries.size(); number++) {
            Map<String, Object> entry = entries.get(number - 1);
            Map<String, Object> entryContext = new LinkedHashMap<>(context);
            entryContext.putAll(entry);
            entryContext.put(ENTRY_NUMBER, number);
            fill(list.path("components"), entryContext, entry, values);
        }
        submitted.put(path, entries);
        context.put(path, entries);
    }

    /** The values a person may choose: the field's own, or those of the list it names. */
    @SuppressWarnings("unchecked")
    public static List<String> options(JsonNode field, Map<String, Object> context) {
        if (field.has("values")) {
            return field.path("values").findValuesAsText("value");
        }
        Object offered = context.get(field.path("valuesKey").asText());
        if (offered instanceof List<?> list) {
            return list.stream().map(option -> option instanceof Map<?, ?> map
                ? String.valueOf(((Map<String, Object>) map).get("value")) : String.valueOf(option)).toList();
        }
        return List.of();
    }

    /** Whether the field's hide expression holds now; an expression FEEL cannot evaluate hides nothing. */
    private static boolean hidden(JsonNode field, Map<String, Object> context) {
        String hide = field.path("conditional").path("hide").asText("");
        if (hide.isBlank()) {
            return false;
        }
        String expression = hide.startsWith("=") ? hide.substring(1) : hide;
        try {
            return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(expression,
                Variables.fromMap(context).asVariableContext()));
        } catch (RuntimeException notEvaluated) {
            return false;
        }
    }
}
