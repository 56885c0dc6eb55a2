package org.iowscb.learningloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 12, "forms people can read", checked on the form files themselves, so a new form keeps it
 * without a list to update: every form opens with its header (a text view, id {@value #HEADER}):
 * a task form's shows the case reference, the case's type and the task's due date (variables every
 * task carries) and says what happens on submit; a start form's names the process and says what
 * happens on submit. Every field a person fills has help text saying what a good answer is.
 */
class FormsPeopleCanReadTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final String HEADER = "header";
    static final String ON_SUBMIT = "**When you submit:** ";
    /** Components that show something and take no input, as form-js has them. */
    static final Set<String> NOT_INPUT = Set.of("text", "html", "image", "table", "spacer", "separator", "button",
        "iframe", "documentPreview", "expression", "group", "dynamiclist");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyFormHasItsHeaderAndHelpText() throws IOException {
        Map<String, String> startForms = startFormsAndTheirProcess();
        List<Path> forms = formFiles();
        assertThat(forms).hasSizeGreaterThan(50);
        return forms.stream().map(form -> DynamicTest.dynamicTest(form.getFileName().toString(), () -> {
            JsonNode json = JSON.readTree(form.toFile());
            List<String> problems = new ArrayList<>(headerProblems(json, startForms.get(json.path("id").asText())));
            problems.addAll(helpTextProblems(json.path("components")));
            assertThat(problems).as("problems in %s", form).isEmpty();
        }));
    }

    @Test
    void aFormWithoutHeaderOrHelpIsCaught() throws IOException {
        JsonNode careless = JSON.readTree("""
            {"id": "careless", "components": [
              {"id": "intro", "type": "text", "text": "## Do something"},
              {"id": "auditFocus", "key": "auditFocus", "type": "textarea", "label": "Audit focus"},
              {"id": "shown", "key": "shown", "type": "textarea", "label": "Shown", "readonly": true}
            ]}""");
        assertThat(headerProblems(careless, null))
            .containsExactly("the first component is not the header (a text view with id 'header')");
        assertThat(helpTextProblems(careless.path("components")))
            .containsExactly("field auditFocus (Audit focus) has no help text (description)");

        JsonNode halfHeader = JSON.readTree("""
            {"id": "half", "components": [
              {"id": "header", "type": "text", "text": "Case **{{caseReference}}**"}
            ]}""");
        assertThat(headerProblems(halfHeader, null)).containsExactly(
            "the header does not show {{caseTypeLabel}}", "the header does not show {{taskDue}}",
            "the header does not say what happens on submit (" + ON_SUBMIT.trim() + " ...)");
        assertThat(headerProblems(halfHeader, CaseType.SECTION_11_AUDIT.processKey())).containsExactly(
            "the header of this start form does not name the process (Section 11 audit)",
            "the header does not say what happens on submit (" + ON_SUBMIT.trim() + " ...)");
    }

    /** {@code startOf}: the process whose start form this is, or null for a task form. */
    static List<String> headerProblems(JsonNode form, String startOf) {
        JsonNode first = form.path("components").path(0);
        if (!"text".equals(first.path("type").asText()) || !HEADER.equals(first.path("id").asText())) {
            return List.of("the first component is not the header (a text view with id '" + HEADER + "')");
        }
        String text = first.path("text").asText();
        List<String> problems = new ArrayList<>();
        if (startOf == null) {
            Stream.of(CaseVariables.CASE_REFERENCE, CaseVariables.CASE_TYPE_LABEL, CaseVariables.TASK_DUE)
                .map(variable -> "{{" + variable.name() + "}}").filter(shown -> !text.contains(shown))
                .forEach(missing -> problems.add("the header does not show " + missing));
        } else if (!text.contains(CaseType.labelOf(startOf))) {
            problems.add("the header of this start form does not name the process (" + CaseType.labelOf(startOf) + ")");
        }
        int submit = text.indexOf(ON_SUBMIT);
        if (submit < 0 || !text.strip().endsWith(".") || text.length() - submit - ON_SUBMIT.length() < 20) {
            problems.add("the header does not say what happens on submit (" + ON_SUBMIT.trim() + " ...)");
        }
        return problems;
    }

    static List<String> helpTextProblems(JsonNode components) {
        List<String> problems = new ArrayList<>();
        for (JsonNode component : components) {
            problems.addAll(helpTextProblems(component.path("components")));
            String key = component.path("key").asText("");
            boolean input = !key.isEmpty() && !NOT_INPUT.contains(component.path("type").asText())
                && !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
            if (input && component.path("description").asText("").isBlank()) {
                String label = component.path("label").asText(component.path("dateLabel").asText(""));
                problems.add("field " + key + " (" + label + ") has no help text (description)");
            }
        }
        return problems;
    }

    private static List<Path> formFiles() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
    }

    /** Form id to process key, for every form on a process's start event. */
    private static Map<String, String> startFormsAndTheirProcess() throws IOException {
        Map<String, String> starts = new HashMap<>();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                    if (start.getCamundaFormRef() != null && start.getParentElement() instanceof Process process) {
                        starts.put(start.getCamundaFormRef(), process.getId());
                    }
                }
            }
        }
        assertThat(starts).as("start forms").isNotEmpty();
        return starts;
    }
}
