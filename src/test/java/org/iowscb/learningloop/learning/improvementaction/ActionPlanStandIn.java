package org.iowscb.learningloop.learning.improvementaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * TEST ONLY. A learning cycle's action plan reduced to the multi-instance call activity that
 * starts one improvement action per entry of {@code actions}, written exactly as
 * {@code learning-cycle} is to call it, so the tests prove that interface.
 */
final class ActionPlanStandIn {

    static final String KEY = "action-plan-stand-in";
    static final String RESOURCE = "improvementaction/action-plan-stand-in.bpmn";

    private ActionPlanStandIn() {
    }

    static void deployIfAbsent(ProcessEngine engine) {
        var repository = engine.getRepositoryService();
        if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
            repository.createDeployment().name("action plan stand-in (tests)").addClasspathResource(RESOURCE).deploy();
        }
    }

    @SafeVarargs
    static ObjectValue actions(Map<String, String>... actions) {
        return Variables.objectValue(new ArrayList<>(List.of(actions)))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    static Map<String, String> action(String description, String owner, String dueOn, String monitoring, String lesson) {
        Map<String, String> action = new LinkedHashMap<>();
        action.put(ImprovementAction.ACTION_DESCRIPTION.name(), description);
        action.put(ImprovementAction.OWNER_GROUP.name(), owner);
        action.put(ImprovementAction.DUE_ON.name(), dueOn);
        action.put(ImprovementAction.MONITORING_GROUP.name(), monitoring);
        if (lesson != null) {
            action.put(ImprovementAction.LESSON_REFERENCE.name(), lesson);
        }
        return action;
    }
}
