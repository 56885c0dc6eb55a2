package org.iowscb.learningloop.platform.casereference;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.process.InputCheck;

/**
 * What a case of one type must be given to start, as one check that only reads. The case's own
 * start listener applies it (and then stores the start in its checked form); so does every task
 * whose submit later makes another case start one, through {@link CaseStarter#problemsOfStart}.
 * A person therefore hears of a value the new case would refuse at the task they are working,
 * and an async step that starts the case never fails on what was typed.
 */
public interface CaseStartCheck {

    CaseType caseType();

    /** Adds to {@code check} every problem of the start variables in {@code start}; writes nothing. */
    void check(InputCheck check, VariableScope start);

    /** Refuses the start, naming every problem, as the case's start listener does before anything else. */
    default void orReject(VariableScope start) {
        InputCheck problems = InputCheck.of(start);
        check(problems, start);
        problems.orReject();
    }

    static CaseStartCheck of(CaseType type, java.util.function.BiConsumer<InputCheck, VariableScope> check) {
        return new CaseStartCheck() {
            @Override
            public CaseType caseType() {
                return type;
            }

            @Override
            public void check(InputCheck into, VariableScope start) {
                check.accept(into, start);
            }

            @Override
            public String toString() {
                return "start check of " + type.processKey();
            }
        };
    }
}
