package org.iowscb.learningloop.casereference;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.process.CaseVariables;
import org.springframework.stereotype.Service;

/**
 * Starts a case from another case: the new case gets its own reference, and carries
 * {@code sourceReference}, the reference of the case that started it, so each can be found from
 * the other (CONTRACT.md). The one way a case starts another.
 */
@Service
public class CaseStarter {

    private final RuntimeService runtime;
    private final CaseReferenceService references;

    CaseStarter(RuntimeService runtime, CaseReferenceService references) {
        this.runtime = runtime;
        this.references = references;
    }

    /** Starts the latest version of {@code type}'s process; returns the new case's reference. */
    public String start(CaseType type, String sourceReference, Map<String, Object> variables) {
        VariableMap all = Variables.fromMap(variables);
        CaseVariables.SOURCE_REFERENCE.putInto(all, sourceReference);
        String reference = references.next(type);
        ProcessInstance started = runtime.startProcessInstanceByKey(type.processKey(), reference, all);
        return started.getBusinessKey();
    }
}
