package org.iowscb.learningloop.learning;

import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.learning.LearningLoop.LEARNING_CYCLE_REFERENCE;
import static org.iowscb.learningloop.learning.LearningLoop.SOURCE_TYPE;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * The last step of every review and audit ({@code ${handFindingsToLearningLoop}}): records the
 * handover and starts a {@code learning-cycle} with the findings and the source case reference.
 * While no learning-cycle model is deployed the handover stays recorded as pending, so no
 * findings are lost. Idempotent: a retried job hands over nothing twice.
 */
@Component("handFindingsToLearningLoop")
class LearningHandover implements JavaDelegate {

    private final LearningHandovers handovers;
    private final CaseStarter starter;
    private final RepositoryService repository;

    LearningHandover(LearningHandovers handovers, CaseStarter starter, RepositoryService repository) {
        this.handovers = handovers;
        this.starter = starter;
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String source = execution.getProcessBusinessKey();
        if (handovers.exists(source)) {
            return;
        }
        String sourceType = ProcessKeys.of(execution);
        String findings = FINDINGS.from(execution).orElse("");
        String cycle = null;
        if (learningCycleDeployed()) {
            cycle = starter.start(CaseType.LEARNING_CYCLE, source, Map.of(
                SOURCE_TYPE.name(), sourceType,
                FINDINGS.name(), findings));
            LEARNING_CYCLE_REFERENCE.set(execution, cycle);
        }
        handovers.record(source, sourceType, findings, cycle);
    }

    private boolean learningCycleDeployed() {
        return repository.createProcessDefinitionQuery()
            .processDefinitionKey(CaseType.LEARNING_CYCLE.processKey()).count() > 0;
    }
}
