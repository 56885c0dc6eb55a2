package org.iowscb.learningloop.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Puts the board's current agencies and schools into the variables {@code agencyOptions} and
 * {@code schoolOptions}, as {@code [{label, value}]} lists, so a Camunda Form checklist or select
 * ({@code "valuesKey": "agencyOptions"}) offers exactly the groups that exist in Admin. Use as
 * an execution listener: {@code camunda:executionListener delegateExpression="${agencyChoices}"}.
 */
@Component("agencyChoices")
public class AgencyChoices implements ExecutionListener {

    public static final String AGENCY_OPTIONS = "agencyOptions";
    public static final String SCHOOL_OPTIONS = "schoolOptions";

    private final Directory directory;
    private final org.camunda.bpm.engine.IdentityService identity;

    AgencyChoices(Directory directory, org.camunda.bpm.engine.IdentityService identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(AGENCY_OPTIONS, json(options(directory.agencies())));
        execution.setVariable(SCHOOL_OPTIONS, json(options(directory.schools())));
    }

    private List<Map<String, String>> options(List<String> groupIds) {
        return groupIds.stream().map(id -> Map.of("value", id, "label", nameOf(id))).toList();
    }

    private String nameOf(String groupId) {
        var group = identity.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    private static Object json(List<Map<String, String>> options) {
        return Variables.objectValue(new java.util.ArrayList<>(options))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
