package org.iowscb.learningloop.board;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks the cases a transaction changes, for the board's read model ({@link BoardReadModel}): a
 * case started or ended, a task created, completed or given a new due date, a clock's variable set.
 * The engine's own history is written as before (this handler comes beside it); the marks are
 * written as the engine's transaction commits, inside it, so a change that rolls back leaves no mark
 * and a change that commits always does.
 */
@Component
class BoardChanges extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private final JdbcTemplate jdbc;
    private final Set<String> clockVariables;
    /** The cases each running command has marked, by its context; gone with the context. */
    private final java.util.Map<CommandContext, Set<String>> marks =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    BoardChanges(JdbcTemplate jdbc, List<org.iowscb.learningloop.platform.deadline.StatutoryClock> clocks) {
        this.jdbc = jdbc;
        this.clockVariables = new java.util.HashSet<>(OpenCases.PARTY_VARIABLE_NAMES);
        clocks.forEach(clock -> clock.reads().forEach(variable -> clockVariables.add(variable.name())));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new java.util.ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(this);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event.getProcessInstanceId() != null && changesTheBoard(event)) {
            mark(event.getProcessInstanceId());
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private boolean changesTheBoard(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return clockVariables.contains(variable.getVariableName());
        }
        return event instanceof HistoricProcessInstanceEventEntity || event instanceof HistoricTaskInstanceEventEntity;
    }

    /**
     * Marks a case once per command: the command's marks are written in one batch just before its
     * transaction commits (still inside it), not a statement per change on the way.
     */
    private void mark(String processInstanceId) {
        marks.computeIfAbsent(Context.getCommandContext(), command -> {
            Set<String> marked = new LinkedHashSet<>();
            command.getTransactionContext().addTransactionListener(TransactionState.COMMITTING, committing -> {
                jdbc.batchUpdate("insert into ll_board_change (process_instance_id) values (?)",
                    marked.stream().map(id -> new Object[] {id}).toList());
                marked.clear();
            });
            return marked;
        }).add(processInstanceId);
    }
}
