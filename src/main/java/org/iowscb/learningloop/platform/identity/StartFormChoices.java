package org.iowscb.learningloop.platform.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.ObjectValueImpl;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A start form has no case yet, so no variables to offer choices from. This gives every
 * process's start form the lists its selects and checklists name ({@code "valuesKey":
 * "agencyOptions"}, {@code schoolOptions}, {@code ownerOptions}), built from the identity service
 * when the form is opened, and every {@link StartFormChoice} another module contributes (the
 * cases, the lessons): the start form variables Tasklist reads
 * ({@code GET /process-definition/{id}/form-variables}). So a person starting a case picks the
 * police from a list, labelled with the group's name, and never types {@code agency-police}. The
 * start guards still check every value, since REST callers bypass the form.
 */
@Component
class StartFormChoices extends AbstractProcessEnginePlugin {

    private final ObjectProvider<AgencyChoices> choices;
    private final ObjectProvider<StartFormChoice> contributed;

    StartFormChoices(ObjectProvider<AgencyChoices> choices, ObjectProvider<StartFormChoice> contributed) {
        this.choices = choices;
        this.contributed = contributed;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                StartFormHandler handler = processDefinition.getStartFormHandler();
                if (handler != null && !(handler instanceof WithChoices)) {
                    processDefinition.setStartFormHandler(new WithChoices(handler, this::options));
                }
            }

            private Map<String, Supplier<Object>> options() {
                AgencyChoices lists = choices.getObject();
                Map<String, Supplier<Object>> options = new java.util.LinkedHashMap<>();
                options.put(AgencyChoices.AGENCY_OPTIONS, lists::agencyOptions);
                options.put(AgencyChoices.SCHOOL_OPTIONS, lists::schoolOptions);
                options.put(AgencyChoices.OWNER_OPTIONS, lists::ownerOptions);
                contributed.orderedStream().forEach(choice -> options.put(choice.name(), choice::choices));
                return options;
            }
        });
    }

    @Override
    public String toString() {
        return "startFormChoices";
    }

    /** The process's own start form handler, with the choice lists added to its form data. */
    static final class WithChoices implements StartFormHandler {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final StartFormHandler handler;
        private final Supplier<Map<String, Supplier<Object>>> options;

        WithChoices(StartFormHandler handler, Supplier<Map<String, Supplier<Object>>> options) {
            this.handler = handler;
            this.options = options;
        }

        @Override
        public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
            StartFormData data = handler.createStartFormData(processDefinition);
            if (data instanceof FormDataImpl form) {
                List<FormField> fields = new ArrayList<>(form.getFormFields());
                options.get().forEach((name, list) -> {
                    FormFieldImpl field = new FormFieldImpl();
                    field.setId(name);
                    field.setLabel(name);
                    field.setValue(readableBothWays((ObjectValue) list.get()));
                    fields.add(field);
                });
                form.setFormFields(fields);
            }
            return data;
        }

        /**
         * The list as JSON, exactly as a stored variable of a task reaches Tasklist: a serialized
         * object value of format application/json. Nothing is stored.
         */
        private static TypedValue readableBothWays(ObjectValue list) {
            try {
                return new ObjectValueImpl(null, JSON.writeValueAsString(list.getValue()),
                    Variables.SerializationDataFormats.JSON.getName(), list.getValue().getClass().getName(), false);
            } catch (JsonProcessingException notWritten) {
                throw new IllegalStateException("the choice list could not be written as JSON", notWritten);
            }
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                                       ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            handler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            handler.submitFormVariables(properties, variableScope);
        }
    }
}
