package org.iowscb.learningloop.platform.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a weak or missing administrator password into a one-line reason, not a stack trace. */
class WeakAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakAdminPasswordException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
            "Set LEARNINGLOOP_ADMIN_PASSWORD to a password of at least "
                + ProductionAdministrator.MINIMUM_PASSWORD_LENGTH + " characters that is not 'demo'.",
            cause);
    }
}
