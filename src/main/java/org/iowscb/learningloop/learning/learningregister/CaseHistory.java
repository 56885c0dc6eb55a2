package org.iowscb.learningloop.learning.learningregister;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.learning.learningregister.Chain.CaseRecord;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * What the engine's history knows about cases around the register: a case by its reference, and
 * the cases a learning cycle started (their {@code sourceReference} is the cycle's reference).
 * <p>
 * The register answers with case references and process keys only, to the Board's own groups
 * ({@link RegisterAccess}); so these look-ups run without the caller's engine authorizations
 * (a sub-group chair has no Cockpit grant on every case, yet may see that a cycle started a
 * review). Opening the case itself in Cockpit or Tasklist still needs the engine's grants.
 */
@Component
class CaseHistory {

    private static final String SOURCE_REFERENCE = CaseVariables.SOURCE_REFERENCE.name();
    private static final String IMPROVEMENT_ACTION = CaseType.IMPROVEMENT_ACTION.processKey();

    private final HistoryService history;
    private final IdentityService identity;

    CaseHistory(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    /** The case with this reference (business key), if the engine has one. */
    Optional<CaseRecord> find(String caseReference) {
        return asRegister(() -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference)
            .orderByProcessInstanceStartTime().asc().list().stream().findFirst().map(this::record));
    }

    /**
     * The reviews and audits these learning cycles started (Appendix 1's feedback), oldest first;
     * the improvement actions a cycle starts are not among them (the register lists them as actions).
     */
    List<CaseRecord> startedBy(Collection<String> cycleReferences) {
        return asRegister(() -> cycleReferences.stream()
            .flatMap(cycle -> history.createHistoricProcessInstanceQuery().variableValueEquals(SOURCE_REFERENCE, cycle)
                .orderByProcessInstanceStartTime().asc().list().stream())
            .filter(instance -> !IMPROVEMENT_ACTION.equals(instance.getProcessDefinitionKey()))
            .filter(instance -> instance.getBusinessKey() != null)
            .map(this::record)
            .toList());
    }

    private CaseRecord record(HistoricProcessInstance instance) {
        return new CaseRecord(instance.getBusinessKey(), instance.getProcessDefinitionKey(), instance.getState(),
            instance.getStartTime() == null ? null : instance.getStartTime().toInstant(),
            sourceReferenceOf(instance.getId()));
    }

    private String sourceReferenceOf(String processInstanceId) {
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId).variableName(SOURCE_REFERENCE).list();
        return variables.stream()
            .sorted((a, b) -> Boolean.compare(!processInstanceId.equals(a.getExecutionId()),
                !processInstanceId.equals(b.getExecutionId())))
            .map(HistoricVariableInstance::getValue)
            .filter(String.class::isInstance).map(String.class::cast)
            .findFirst().orElse(null);
    }

    /** Runs an engine query as the register, then gives the caller back their own authentication. */
    private <T> T asRegister(Supplier<T> query) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
