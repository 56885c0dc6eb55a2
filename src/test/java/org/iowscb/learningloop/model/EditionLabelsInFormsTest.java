package org.iowscb.learningloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.junit.jupiter.api.Test;

/**
 * The names that differ between editions follow the case's edition in the forms that both editions
 * reach: a task form of a process that is not only Working Together 2013's or only 2023's names the
 * board and the case review group in its texts (text views and help texts) by {@code {{boardTerm}}}
 * and {@code {{caseReviewGroupTerm}}}, never by the 2013 names; a start form, which has no case yet,
 * names neither. Field labels are left out: a refused submit quotes them, with no case to name.
 */
class EditionLabelsInFormsTest {

    /** The 2013 names, as the forms wrote them before the editions. */
    static final Pattern NAMED_2013 = Pattern.compile("\\b[Tt]he Board\\b|\\bBoard's\\b|\\bSCR Sub Group\\b"
        + "|\\bSerious Case Review Sub Group\\b");
    /** Processes of one edition only, whose forms may use that edition's names. */
    static final Set<String> ONE_EDITION = Set.of(CaseType.SERIOUS_CASE_REVIEW.processKey(),
        CaseType.CASE_REVIEW_REFERRAL.processKey(), CaseType.CHILD_DEATH_REVIEW.processKey(),
        CaseType.SERIOUS_INCIDENT_NOTIFICATION.processKey(), CaseType.RAPID_REVIEW.processKey(),
        CaseType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW.processKey(), CaseType.CHILD_DEATH_REVIEW_2018.processKey(),
        CaseType.PARTNERS_YEARLY_REPORT.processKey());
    static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sharedFormsNameTheBoardAndTheCaseReviewGroupByTheCasesEdition() throws IOException {
        Map<String, List<String>> problems = new TreeMap<>();
        Map<String, Boolean> forms = sharedForms();
        assertThat(forms).as("forms shared between editions").hasSizeGreaterThan(30);
        forms.forEach((form, startForm) -> {
            List<String> found = problems(read(form), startForm);
            if (!found.isEmpty()) {
                problems.put(form, found);
            }
        });
        assertThat(problems).as("forms that name the board or the case review group by the 2013 names").isEmpty();
    }

    @Test
    void theFormsThatNameThemUseTheVariablesEveryTaskCarries() throws IOException {
        List<String> uses = new ArrayList<>();
        for (String form : sharedForms().keySet()) {
            Matcher matcher = TEMPLATE.matcher(read(form).toString());
            while (matcher.find()) {
                if (matcher.group(1).endsWith("Term")) {
                    uses.add(matcher.group(1));
                }
            }
        }
        assertThat(uses).as("the names shown, as declared in CaseVariables")
            .contains(CaseVariables.BOARD_TERM.name(), CaseVariables.CASE_REVIEW_GROUP_TERM.name())
            .allMatch(name -> name.equals(CaseVariables.BOARD_TERM.name())
                || name.equals(CaseVariables.CASE_REVIEW_GROUP_TERM.name()));
    }

    @Test
    void aHardWrittenNameIsCaught() throws IOException {
        JsonNode careless = JSON.readTree("""
            {"id": "careless", "components": [
              {"id": "intro", "type": "text", "text": "The report goes to the SCR Sub Group."},
              {"id": "why", "key": "why", "type": "textarea", "label": "Why", "description": "What the Board asked."},
              {"id": "start", "type": "text", "text": "Goes to {{caseReviewGroupTerm}}."}
            ]}""");
        assertThat(problems(careless, false)).containsExactly(
            "intro says \"SCR Sub Group\": write {{boardTerm}} or {{caseReviewGroupTerm}}",
            "why says \"the Board\": write {{boardTerm}} or {{caseReviewGroupTerm}}");
        assertThat(problems(careless, true)).contains(
            "start is on a start form, which has no case: name the group without the edition's name");
    }

    static List<String> problems(JsonNode form, boolean startForm) {
        List<String> problems = new ArrayList<>();
        collect(form.path("components"), startForm, problems);
        return problems;
    }

    private static void collect(JsonNode components, boolean startForm, List<String> problems) {
        for (JsonNode component : components) {
            collect(component.path("components"), startForm, problems);
            String id = component.path("id").asText();
            for (String property : List.of("text", "description")) {
                String text = component.path(property).asText("");
                Matcher named = NAMED_2013.matcher(text);
                if (named.find()) {
                    problems.add(id + " says \"" + named.group() + "\": write {{boardTerm}} or {{caseReviewGroupTerm}}");
                }
                if (startForm && text.contains("Term}}")) {
                    problems.add(id + " is on a start form, which has no case: name the group without the edition's name");
                }
            }
        }
    }

    /** Form id to whether it is a start form, for the forms of every process both editions have. */
    private static Map<String, Boolean> sharedForms() throws IOException {
        Map<String, Boolean> forms = new TreeMap<>();
        try (Stream<Path> files = Files.list(FormsPeopleCanReadTest.PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    if (ONE_EDITION.contains(process.getId())) {
                        continue;
                    }
                    for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
                        if (start.getCamundaFormRef() != null) {
                            forms.put(start.getCamundaFormRef(), true);
                        }
                    }
                    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                        if (task.getCamundaFormRef() != null) {
                            forms.putIfAbsent(task.getCamundaFormRef(), false);
                        }
                    }
                }
            }
        }
        return forms;
    }

    private static JsonNode read(String formId) {
        try {
            return JSON.readTree(FormsPeopleCanReadTest.FORMS.resolve(formId + ".form").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(formId, e);
        }
    }
}
