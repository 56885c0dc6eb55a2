package org.iowscb.learningloop.platform.casereference;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.iowscb.learningloop.platform.identity.StartFormChoice;
import org.iowscb.learningloop.platform.process.Choice;
import org.iowscb.learningloop.platform.process.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The cases a form may name as the one something comes from ({@code caseOptions}): every review,
 * audit and learning cycle the board has run, open or closed, newest first, by case reference and
 * type. So a person picks {@code SCR-2026-0004} from a list instead of typing it.
 */
@Component
public class CaseChoices implements StartFormChoice {

    public static final String CASE_OPTIONS = "caseOptions";
    /** The most a list offers; older cases are still found by typing their reference into the list. */
    static final int MOST = 500;

    private final HistoryService history;
    private final org.camunda.bpm.engine.impl.interceptor.CommandExecutor commands;

    CaseChoices(HistoryService history, org.camunda.bpm.engine.ProcessEngineConfiguration configuration) {
        this.history = history;
        this.commands = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) configuration)
            .getCommandExecutorTxRequired();
    }

    @Override
    public String name() {
        return CASE_OPTIONS;
    }

    @Override
    public Object choices() {
        String[] keys = Arrays.stream(CaseType.values()).filter(type -> type != CaseType.IMPROVEMENT_ACTION)
            .map(CaseType::processKey).toArray(String[]::new);
        List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys)
            .rootProcessInstances().orderByProcessInstanceStartTime().desc().listPage(0, MOST);
        return JsonValue.of(cases.stream().filter(c -> c.getBusinessKey() != null)
            .map(c -> new Choice(c.getBusinessKey(), c.getBusinessKey() + " · " + c.getProcessDefinitionName()))
            .toList());
    }

    /**
     * Whether a case with this reference has ever run, whoever asks: a start check answers for the
     * case, not for what the person starting it may read in Cockpit.
     */
    public boolean isCase(String reference) {
        if (reference == null || reference.isBlank()) {
            return false;
        }
        return commands.execute(context -> {
            boolean checking = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count() > 0;
            } finally {
                if (checking) {
                    context.enableAuthorizationCheck();
                }
            }
        });
    }
}
