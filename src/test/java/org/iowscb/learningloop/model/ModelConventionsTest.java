package org.iowscb.learningloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules every model in {@code processes/} keeps, so a board member can read it, Tasklist can
 * show every task with its form, and a new engineer finds the code behind it. One test per model.
 */
class ModelConventionsTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final Set<String> CONTRACT_KEYS = Stream.of(CaseType.values()).map(CaseType::processKey)
        .collect(Collectors.toSet());

    @TestFactory
    Stream<DynamicTest> everyModelKeepsTheConventions() throws IOException {
        Set<String> formIds = formIds();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            List<Path> models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models.stream().map(model -> DynamicTest.dynamicTest(model.getFileName().toString(),
                () -> assertThat(problemsOf(model, formIds)).as("problems in %s", model).isEmpty()));
        }
    }

    @Test
    void aCarelessModelIsCaught(@TempDir Path dir) throws IOException {
        BpmnModelInstance careless = Bpmn.createExecutableProcess("scratch-process")
            .camundaHistoryTimeToLiveString(null)
            .startEvent("StartEvent_1abcde")
            .userTask("Activity_0x1y2z3").name("").camundaFormRef("some-form").camundaFormRefBinding("latest")
            .serviceTask("send-letter").camundaClass("org.example.SendLetter")
            .endEvent("done").name("Done")
            .done();
        Path file = dir.resolve("scratch.bpmn");
        Bpmn.writeModelToFile(file.toFile(), careless);

        assertThat(problemsOf(file, Set.of())).contains(
            "process key 'scratch-process' is not one of CONTRACT.md (casereference.CaseType)",
            "file should be named scratch-process.bpmn",
            "process scratch-process has no historyTimeToLive",
            "user task Activity_0x1y2z3 has no name",
            "user task Activity_0x1y2z3 is routed to nobody",
            "process scratch-process has no versionTag",
            "user task Activity_0x1y2z3 binds its form by 'latest'; bind it by deployment",
            "user task Activity_0x1y2z3 refers to form 'some-form', which no file in forms/ has as its id",
            "start event StartEvent_1abcde has no Camunda Form (camunda:formRef)",
            "service task send-letter uses camunda:class; use delegateExpression",
            "Activity_0x1y2z3 keeps a Modeler-default id");
    }

    static List<String> problemsOf(Path file, Set<String> formIds) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> problems = new ArrayList<>();
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
            .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());

        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                continue;
            }
            if (!CONTRACT_KEYS.contains(process.getId())) {
                problems.add("process key '" + process.getId() + "' is not one of CONTRACT.md (casereference.CaseType)");
            }
            if (!file.getFileName().toString().equals(process.getId() + ".bpmn")) {
                problems.add("file should be named " + process.getId() + ".bpmn");
            }
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add("process " + process.getId() + " has no historyTimeToLive");
            }
            if (isBlank(process.getName())) {
                problems.add("process " + process.getId() + " has no name");
            }
            if (isBlank(process.getCamundaVersionTag())) {
                problems.add("process " + process.getId() + " has no versionTag");
            }
        }
        // a running case keeps the forms and sub-processes of the deployment it started in
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (!isBlank(task.getCamundaFormRef()) && !"deployment".equals(task.getCamundaFormRefBinding())) {
                problems.add("user task " + task.getId() + " binds its form by '" + task.getCamundaFormRefBinding()
                    + "'; bind it by deployment");
            }
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (!isBlank(start.getCamundaFormRef()) && !"deployment".equals(start.getCamundaFormRefBinding())) {
                problems.add("start event " + start.getId() + " binds its form by '" + start.getCamundaFormRefBinding()
                    + "'; bind it by deployment");
            }
        }
        for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (rule.getCamundaDecisionRef() != null && !"deployment".equals(rule.getCamundaDecisionRefBinding())) {
                problems.add("business rule task " + rule.getId() + " binds its decision by '"
                    + rule.getCamundaDecisionRefBinding() + "'; bind it by deployment");
            }
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            if (!"deployment".equals(call.getCamundaCalledElementBinding())) {
                problems.add("call activity " + call.getId() + " binds its process by '"
                    + call.getCamundaCalledElementBinding() + "'; bind it by deployment");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String id = task.getId();
            if (isBlank(task.getName())) {
                problems.add("user task " + id + " has no name");
            }
            if (isBlank(task.getCamundaCandidateGroups()) && isBlank(task.getCamundaAssignee())
                && isBlank(task.getCamundaCandidateUsers())) {
                problems.add("user task " + id + " is routed to nobody");
            }
            problems.addAll(formProblems("user task " + id, task.getCamundaFormRef(), task.getCamundaFormKey(), formIds));
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            boolean startedByAPerson = start.getEventDefinitions().isEmpty()
                && !(start.getParentElement() instanceof SubProcess);
            if (startedByAPerson) {
                problems.addAll(formProblems("start event " + start.getId(), start.getCamundaFormRef(),
                    start.getCamundaFormKey(), formIds));
            }
        }
        for (ServiceTask service : model.getModelElementsByType(ServiceTask.class)) {
            if (service.getCamundaClass() != null) {
                problems.add("service task " + service.getId() + " uses camunda:class; use delegateExpression");
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getId().matches("(?i)(Activity|Task|UserTask|Gateway|Event|StartEvent|EndEvent|Flow|SequenceFlow)_[0-9a-z]{5,}")) {
                problems.add(element.getId() + " keeps a Modeler-default id");
            }
            if (element instanceof FlowNode && isBlank(element.getName())
                && !(element instanceof org.camunda.bpm.model.bpmn.instance.Gateway gateway && isJoin(gateway))) {
                problems.add(element.getElementType().getTypeName() + " " + element.getId() + " has no label");
            }
            if (!(element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
                problems.add(element.getId() + " is not drawn in the diagram");
            }
        }
        return problems;
    }

    private static boolean isJoin(org.camunda.bpm.model.bpmn.instance.Gateway gateway) {
        return gateway.getOutgoing().size() == 1;
    }

    private static List<String> formProblems(String what, String formRef, String formKey, Set<String> formIds) {
        if (isBlank(formRef)) {
            return List.of(what + " has no Camunda Form (camunda:formRef)" + (formKey != null ? ", only formKey" : ""));
        }
        if (!formIds.contains(formRef)) {
            return List.of(what + " refers to form '" + formRef + "', which no file in forms/ has as its id");
        }
        return List.of();
    }

    static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(f -> f.toString().endsWith(".form")).map(f -> {
                try {
                    JsonNode form = json.readTree(f.toFile());
                    assertThat(f.getFileName().toString()).as("form file name").isEqualTo(form.path("id").asText() + ".form");
                    return form.path("id").asText();
                } catch (IOException e) {
                    throw new AssertionError(f + " is not valid JSON: " + e.getMessage(), e);
                }
            }).collect(Collectors.toSet());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

}
