package org.iowscb.learningloop.platform.edition;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * Records on every case, at its start, the edition it follows ({@code edition}), kept for life:
 * a called sub-process and a case started by another case follow the edition of the case they
 * belong to (a wt2013 referral decided after the switch still starts a wt2013 review); any other
 * case follows the edition configured for new cases today. A process that exists only in
 * Working Together 2023 (the serious incident notification, the rapid review) always records wt2023,
 * whenever it is started. What a starter passes as
 * {@code edition} is not taken: the edition is the board's choice, not the starter's.
 * <p>
 * Every task, when it is created, gets the names its case's edition gives the board and the case
 * review group ({@code boardTerm}, {@code caseReviewGroupTerm}, as configured), which the forms
 * shared between editions show where they name them. A case's forms are bound by deployment, so a
 * form that shows a name only ever reaches tasks created after this listener existed.
 */
@Component
class EditionAssignment extends AbstractProcessEnginePlugin {

    /** The processes only Working Together 2023 has. */
    static final Set<String> ONLY_IN_WT2023 = Set.of(CaseType.SERIOUS_INCIDENT_NOTIFICATION.processKey(),
        CaseType.RAPID_REVIEW.processKey(), CaseType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW.processKey());

    private final Editions editions;

    EditionAssignment(Editions editions) {
        this.editions = editions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                ExecutionListener record = EditionAssignment.this::record;
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, record);
            }

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskListener label = EditionAssignment.this::label;
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, label);
            }
        });
    }

    void record(DelegateExecution execution) {
        if (!execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        Edition edition = ONLY_IN_WT2023.contains(ProcessKeys.of(execution)) ? Edition.WT2023 : ofParent(execution).or(() -> ofSource(execution)).orElseGet(editions::forNewCase);
        CaseVariables.EDITION.set(execution, edition.id());
    }

    /** The names of the case's edition on the task, for its form's text. */
    void label(DelegateTask task) {
        Edition edition = Editions.ofCase(task);
        task.setVariableLocal(CaseVariables.BOARD_TERM.name(), editions.boardName(edition));
        task.setVariableLocal(CaseVariables.CASE_REVIEW_GROUP_TERM.name(), editions.caseReviewGroupName(edition));
    }

    private static Optional<Edition> ofParent(DelegateExecution execution) {
        DelegateExecution parent = execution.getSuperExecution();
        return parent == null ? Optional.empty() : CaseVariables.EDITION.from(parent).flatMap(Edition::of);
    }

    /** The edition of the case named by {@code sourceReference}, looked up whatever the starter may see. */
    private static Optional<Edition> ofSource(DelegateExecution execution) {
        Optional<String> source = CaseVariables.SOURCE_REFERENCE.from(execution).filter(s -> !s.isBlank());
        if (source.isEmpty()) {
            return Optional.empty();
        }
        var history = execution.getProcessEngineServices().getHistoryService();
        return Context.getCommandContext().runWithoutAuthorization(() -> history.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(source.get()).rootProcessInstances().list().stream()
            .filter(instance -> !instance.getId().equals(execution.getProcessInstanceId()))
            .findFirst()
            .map(instance -> history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(CaseVariables.EDITION.name()).list().stream()
                .map(HistoricVariableInstance::getValue).filter(String.class::isInstance).map(String.class::cast)
                .findFirst().flatMap(Edition::of))
            .flatMap(found -> found));
    }

    @Override
    public String toString() {
        return "editionAssignment";
    }
}
