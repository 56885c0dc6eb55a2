package org.iowscb.learningloop.platform.casereference;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.context.Context;
import org.iowscb.learningloop.platform.engine.Texts;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * Gives every process instance of every model its case reference, however it was started (a
 * person in Tasklist, REST, a timer, a message, a call activity): the business key when the
 * starter gave one, otherwise a new reference; and the same value as the variable
 * {@code caseReference}, which Tasklist filters show beside each task (copied onto each task,
 * with what every form's header shows: see {@link TaskHeader}).
 */
@Component
class CaseReferenceAssignment extends AbstractProcessEnginePlugin {

    private final CaseReferenceService references;
    private final TaskHeader header = new TaskHeader();

    CaseReferenceAssignment(CaseReferenceService references) {
        this.references = references;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                addTo(processDefinition);
            }

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskListener showReference = CaseReferenceAssignment.this::showOnTask;
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, showReference);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, header);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, header);
            }
        });
    }

    private void addTo(ScopeImpl process) {
        ExecutionListener assignReference = this::assign;
        process.addBuiltInListener(ExecutionListener.EVENTNAME_START, assignReference);
    }

    void assign(DelegateExecution execution) {
        if (!execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        String reference = execution.getProcessBusinessKey();
        if (reference != null && !reference.isBlank() && execution.getSuperExecution() == null) {
            refuseDuplicate(execution, reference);
        }
        if (reference == null || reference.isBlank()) {
            reference = references.next(ProcessKeys.of(execution));
            execution.setProcessBusinessKey(reference);
        }
        CaseVariables.CASE_REFERENCE.set(execution, reference);
    }

    /**
     * One case reference, one case: a starter's business key that a running or finished case already
     * carries is refused. Called sub-processes share their parent's key on purpose; they are not root
     * instances and are not checked. Looked up without the starter's authorizations, so a case they
     * cannot see still counts.
     */
    private static void refuseDuplicate(DelegateExecution execution, String reference) {
        long others;
        try {
            others = Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
                .getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).rootProcessInstances().list().stream()
                .filter(other -> !other.getId().equals(execution.getProcessInstanceId())).count());
        } catch (Exception e) {
            throw new IllegalStateException("cannot check the case reference " + reference, e);
        }
        if (others > 0) {
            throw new DuplicateCaseReferenceException(DuplicateCaseReferenceException.START + Texts.shown(reference)
                + DuplicateCaseReferenceException.MARK + " Leave the business key empty and the system gives the new"
                + " case its own reference.");
        }
    }

    /**
     * A copy of the case reference on each task: Tasklist shows a filter's variables only where
     * the person may read them, and a candidate group may read its task but not the whole case.
     */
    void showOnTask(DelegateTask task) {
        task.setVariableLocal(CaseVariables.CASE_REFERENCE.name(), task.getExecution().getProcessBusinessKey());
    }

    @Override
    public String toString() {
        return "caseReferenceAssignment";
    }
}
