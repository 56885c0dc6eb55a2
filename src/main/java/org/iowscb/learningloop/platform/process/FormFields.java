package org.iowscb.learningloop.platform.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The fields of every Camunda Form in {@code forms/}, read from the deployed form files: for each
 * variable a form fills, its type and the label a person reads beside it. One reader, so what the
 * server says about a field (its message, its length limit) follows the forms without a second list.
 * <p>
 * A key that several forms show gets the label of the forms where a person fills it (not where it
 * is only shown), the most common one, then the shortest. A field inside a labelled group (a
 * self-assessment's standards) is named with the group: "Safeguarding training: rating".
 */
public final class FormFields {

    /** What a label adds in brackets at its end ("(optional)", "(the death will be referred ...)"): not for messages. */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)$");

    private final Map<String, String> labels;
    private final Map<String, Set<String>> keysByType;

    FormFields(Map<String, String> labels, Map<String, Set<String>> keysByType) {
        this.labels = Map.copyOf(labels);
        this.keysByType = Map.copyOf(keysByType);
    }

    /** The deployed forms, read once. */
    public static FormFields deployed() {
        return Deployed.FIELDS;
    }

    /** The label a person reads for this variable, or its name when no form shows it. */
    public String labelOf(String key) {
        return labels.getOrDefault(key, key);
    }

    public String labelOf(ProcessVariable<?> variable) {
        return labelOf(variable.name());
    }

    /** Every key a form shows as a component of this type ({@code textarea}, {@code select}, ...). */
    public Set<String> keysOfType(String type) {
        return keysByType.getOrDefault(type, Set.of());
    }

    static FormFields read(List<JsonNode> forms) {
        List<Field> fields = new ArrayList<>();
        forms.forEach(form -> collect(form.path("components"), "", fields));
        Map<String, Set<String>> keysByType = fields.stream().collect(Collectors.groupingBy(Field::type,
            Collectors.mapping(Field::key, Collectors.toCollection(TreeSet::new))));
        Map<String, String> labels = new HashMap<>();
        fields.stream().collect(Collectors.groupingBy(Field::key)).forEach((key, shown) -> {
            List<Field> filled = shown.stream().filter(Field::filled).toList();
            List<Field> candidates = (filled.isEmpty() ? shown : filled).stream()
                .filter(field -> !field.label().isBlank()).toList();
            Map<String, Long> counts = candidates.stream()
                .collect(Collectors.groupingBy(Field::label, Collectors.counting()));
            counts.keySet().stream().min(Comparator.comparing((String label) -> -counts.get(label))
                    .thenComparing(String::length).thenComparing(Function.identity()))
                .ifPresent(label -> labels.put(key, label));
        });
        return new FormFields(labels, keysByType);
    }

    private static void collect(JsonNode components, String group, List<Field> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String label = component.path("label").asText(component.path("dateLabel").asText("")).strip();
            if ("group".equals(type)) {
                collect(component.path("components"), label.replaceFirst("^\\d+\\.\\s*", ""), fields);
                continue;
            }
            collect(component.path("components"), group, fields);
            String key = component.path("dynamiclist".equals(type) ? "path" : "key").asText("");
            if (key.isEmpty() || "text".equals(type)) {
                continue;
            }
            label = ASIDE.matcher(label).replaceFirst("");
            if (!group.isEmpty() && !label.isEmpty()) {
                label = group + ": " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
            }
            boolean filled = !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
            fields.add(new Field(key, type, label, filled));
        }
    }

    private record Field(String key, String type, String label, boolean filled) {
    }

    /** Read when first asked for: the forms are on the class path with the models. */
    private static final class Deployed {
        static final FormFields FIELDS = fromClasspath();

        private static FormFields fromClasspath() {
            ObjectMapper json = new ObjectMapper();
            List<JsonNode> forms = new ArrayList<>();
            try {
                for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                    try (InputStream in = form.getInputStream()) {
                        forms.add(json.readTree(in));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the forms to find their fields' labels", e);
            }
            return read(forms);
        }
    }
}
