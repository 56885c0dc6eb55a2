package org.iowscb.learningloop.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The variables that are narratives: every field a Camunda Form shows as a multi-line text area (a summary,
 * a reason, findings, a report). They may be up to {@value #MAX_NARRATIVE} characters; every other text
 * variable up to {@value #MAX_TEXT}. Read from the deployed forms, so a new text area is a narrative without
 * a second list to keep.
 */
final class Narratives {

    static final int MAX_NARRATIVE = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;
    static final int MAX_TEXT = 4_000;

    private final Set<String> names;

    Narratives(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static Narratives fromForms() {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    collect(json.readTree(in), names);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the forms to find their narrative fields", e);
        }
        return new Narratives(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject() && "textarea".equals(node.path("type").asText()) && node.path("key").isTextual()) {
            names.add(node.path("key").asText());
        }
        node.forEach(child -> collect(child, names));
    }

    boolean isNarrative(String variable) {
        return names.contains(variable);
    }

    int limitOf(String variable) {
        return isNarrative(variable) ? MAX_NARRATIVE : MAX_TEXT;
    }

    Set<String> names() {
        return names;
    }
}
