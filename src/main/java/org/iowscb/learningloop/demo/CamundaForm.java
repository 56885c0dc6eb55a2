package org.iowscb.learningloop.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.process.FormAnswers;

/**
 * A deployed Camunda Form, filled as a person fills it in Tasklist: field by field, skipping what
 * the form shows read-only and what its {@code conditional.hide} expression hides at that moment.
 * A field gets the owning module's answer ({@link FormAnswers}) where it has one, else a value by
 * its type: believable text ({@link DemoTexts}), a date a month ahead, a ticked box, one of the
 * options the form offers (picked by the case's own random, so a second seeding picks the same).
 */
final class DemoForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    private static final Set<String> NOT_INPUT = Set.of("text", "table", "image", "spacer", "separator", "button",
        "html", "iframe", "documentPreview");

    private final String id;
    private final JsonNode components;

    private DemoForm(JsonNode form) {
        this.id = form.path("id").asText();
        this.components = form.path("components");
    }

    static DemoForm read(InputStream deployed) {
        try (InputStream in = deployed) {
            return new DemoForm(JSON.readTree(in));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    String id() {
        return id;
    }

    /** What a person submits, given what the form shows (the task's variables, as plain values). */
    Map<String, Object> fill(Map<String, Object> shown, Filling filling) {
        Map<String, Object> context = new LinkedHashMap<>(shown);
        Map<String, Object> submitted = new LinkedHashMap<>();
        fill(components, context, submitted, filling);
        return submitted;
    }

    /** What a field's value depends on: the modules' answers, the day, the case's random. */
    record Filling(List<FormAnswers> answers, LocalDate today, Random random) {
    }

    private void fill(JsonNode fields, Map<String, Object> context, Map<String, Object> submitted, Filling filling) {
        for (JsonNode field : fields) {
            if (hidden(field, context)) {
                continue;
            }
            if (field.path("type").asText().equals("dynamiclist")) {
                fillList(field, context, submitted, filling);
                continue;
            }
            if (field.has("components")) {
                fill(field.path("components"), context, submitted, filling);
                continue;
            }
            String key = field.path("key").asText("");
            if (key.isEmpty() || NOT_INPUT.contains(field.path("type").asText())
                || field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false)) {
                continue;
            }
            Object value = valueOf(field, key, context, filling);
            if (value != null) {
                submitted.put(key, value);
                context.put(key, value);
            }
        }
    }

    /** A dynamic list: each entry the task holds (one per lesson) is filled in, else one is added. */
    @SuppressWarnings("unchecked")
    private void fillList(JsonNode list, Map<String, Object> context, Map<String, Object> submitted, Filling filling) {
        String path = list.path("path").asText();
        List<Map<String, Object>> entries = new ArrayList<>();
        if (context.get(path) instanceof List<?> given && !given.isEmpty()) {
            given.forEach(entry -> entries.add(new LinkedHashMap<>((Map<String, Object>) entry)));
        } else {
            entries.add(new LinkedHashMap<>());
            if (filling.random().nextBoolean()) {
                entries.add(new LinkedHashMap<>());
            }
        }
        for (Map<String, Object> entry : entries) {
            Map<String, Object> entryContext = new LinkedHashMap<>(context);
            entryContext.putAll(entry);
            fill(list.path("components"), entryContext, entry, filling);
        }
        submitted.put(path, entries);
        context.put(path, entries);
    }

    private Object valueOf(JsonNode field, String key, Map<String, Object> context, Filling filling) {
        if (filledIn(context.get(key))) {
            return context.get(key); // the form shows it filled in already: a person leaves it
        }
        for (FormAnswers answers : filling.answers()) {
            Optional<Object> answer = answers.answer(id, key, filling.today());
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        Random random = filling.random();
        return switch (field.path("type").asText()) {
            case "textfield", "textarea" -> DemoTexts.forField(field, random);
            case "number" -> 1L + random.nextInt(3);
            case "checkbox" -> true;
            case "datetime" -> filling.today().plusDays(28 + random.nextInt(21)).toString();
            case "select", "radio" -> {
                List<String> options = options(field, context);
                yield options.isEmpty() ? null : options.get(random.nextInt(options.size()));
            }
            case "checklist", "taglist" -> {
                List<String> options = new ArrayList<>(options(field, context));
                if (options.isEmpty()) {
                    yield null;
                }
                java.util.Collections.shuffle(options, random);
                yield List.copyOf(options.subList(0, Math.min(options.size(), 1 + random.nextInt(3))));
            }
            default -> null;
        };
    }

    private static boolean filledIn(Object shown) {
        return shown != null && !(shown instanceof String text && text.isBlank())
            && !(shown instanceof java.util.Collection<?> list && list.isEmpty());
    }

    /** The values a person may choose: the field's own, or those of the list it names. */
    @SuppressWarnings("unchecked")
    private static List<String> options(JsonNode field, Map<String, Object> context) {
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
