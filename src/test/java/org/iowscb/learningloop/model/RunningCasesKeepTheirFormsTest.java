package org.iowscb.learningloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What binding forms and called processes by deployment (ModelConventionsTest holds every model
 * to it) means for a board: a form changed while cases run reaches the cases started after the
 * change, and a case already open keeps the form it started with. Shown on a process of its own,
 * deployed twice with a changed form, as the application deploys models and forms together.
 */
class RunningCasesKeepTheirFormsTest extends ProcessTest {

    private final String key = "forms-probe-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTheProbe() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void anOpenCaseKeepsItsFormWhileANewCaseGetsTheChangedOne() throws IOException {
        deploy("What changed since the last review");
        ProcessInstance open = engine.getRuntimeService().startProcessInstanceByKey(key, "PROBE-" + UUID.randomUUID());

        deploy("What changed, and who said so");
        ProcessInstance started = engine.getRuntimeService().startProcessInstanceByKey(key, "PROBE-" + UUID.randomUUID());

        assertThat(formOf(open)).as("the case open before the change").contains("What changed since the last review")
            .doesNotContain("who said so");
        assertThat(formOf(started)).as("the case started after it").contains("What changed, and who said so");
    }

    private void deploy(String label) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).name("Forms probe")
            .camundaHistoryTimeToLive(1).camundaVersionTag(label.length() + "")
            .startEvent("probe-started").name("Started")
            .userTask("review").name("Review").camundaCandidateGroups("scr-subgroup")
                .camundaFormRef(key + "-form").camundaFormRefBinding("deployment")
            .endEvent("probe-done").name("Done")
            .done();
        String form = "{\"id\": \"" + key + "-form\", \"type\": \"default\", \"components\": ["
            + "{\"id\": \"changed\", \"key\": \"whatChanged\", \"type\": \"textarea\", \"label\": \"" + label + "\"}]}";
        deployments.add(engine.getRepositoryService().createDeployment().name(key)
            .addModelInstance(key + ".bpmn", model)
            .addString(key + ".form", form)
            .deploy().getId());
    }

    private String formOf(ProcessInstance instance) throws IOException {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
