package org.iowscb.learningloop.platform.casereference;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.InputCheck;
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
    private final Map<CaseType, CaseStartCheck> checks = new EnumMap<>(CaseType.class);

    CaseStarter(RuntimeService runtime, CaseReferenceService references, List<CaseStartCheck> checks) {
        this.runtime = runtime;
        this.references = references;
        checks.forEach(check -> this.checks.put(check.caseType(), check));
    }

    /**
     * What the start of a {@code type} case with these variables would be refused for: the same
     * {@link CaseStartCheck} its start listener applies. A task whose submit later starts such a
     * case calls this with the variables it will pass, and refuses the submit on any problem.
     */
    public List<String> problemsOfStart(CaseType type, Map<String, ?> variables) {
        CaseStartCheck check = checks.get(type);
        if (check == null) {
            return List.of();
        }
        StartVariables start = StartVariables.of(variables);
        InputCheck problems = InputCheck.of(start);
        check.check(problems, start);
        return problems.problems();
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
