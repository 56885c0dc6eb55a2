package org.iowscb.learningloop.platform.casereference;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.SimpleVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceLifecycleListener;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;

/**
 * The variables a case would start with, as a scope of their own that no process holds: a
 * {@link CaseStartCheck} reads them exactly as it reads a starting case's.
 */
final class StartVariables extends AbstractVariableScope {

    private final VariableStore<SimpleVariableInstance> store = new VariableStore<>();

    private StartVariables() {
    }

    static StartVariables of(Map<String, ?> variables) {
        StartVariables scope = new StartVariables();
        variables.forEach(scope::setVariable);
        return scope;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected VariableStore<CoreVariableInstance> getVariableStore() {
        return (VariableStore) store;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected VariableInstanceFactory<CoreVariableInstance> getVariableInstanceFactory() {
        return (VariableInstanceFactory) SimpleVariableInstance.SimpleVariableInstanceFactory.INSTANCE;
    }

    @Override
    protected List<VariableInstanceLifecycleListener<CoreVariableInstance>> getVariableInstanceLifecycleListeners() {
        return List.of();
    }

    @Override
    public AbstractVariableScope getParentVariableScope() {
        return null;
    }
}
