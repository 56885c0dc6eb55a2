package org.iowscb.learningloop.platform.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** The process key of a running case. */
public final class ProcessKeys {

    private ProcessKeys() {
    }

    /**
     * The key of the execution's process. Not the part of the definition id before ':': Camunda
     * gives a bare generated id when "key:version:id" would exceed 64 characters (for example
     * {@code individual-management-review}).
     */
    public static String of(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessDefinition().getKey();
    }
}
