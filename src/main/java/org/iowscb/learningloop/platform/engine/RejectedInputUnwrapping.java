package org.iowscb.learningloop.platform.engine;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.iowscb.learningloop.platform.casereference.DuplicateCaseReferenceException;
import org.iowscb.learningloop.platform.process.RejectedInputException;

/**
 * The engine wraps what a listener throws ("ENGINE-03051 There was an exception while invoking
 * the TaskListener..."). After the transaction has rolled back, this hands the caller the
 * {@link RejectedInputException} itself, so Tasklist and the REST API show the person the
 * sentence that says what to correct, with a 400, instead of a 500 and the engine's wrapping. The same for a duplicate case reference (409).
 */
class RejectedInputUnwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RejectedInputException rejected) {
                    if (rejected != failure) {
                        rejected.addSuppressed(failure);
                    }
                    throw rejected;
                }
                if (cause instanceof DuplicateCaseReferenceException duplicate) {
                    if (duplicate != failure) {
                        duplicate.addSuppressed(failure);
                    }
                    throw duplicate;
                }
            }
            throw failure;
        }
    }
}
