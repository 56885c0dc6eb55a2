package org.iowscb.learningloop.platform.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Input a person must correct is their answer, not the operator's problem: the engine logs every
 * exception that ends a command at ERROR with its stack, so each refused form would look like a
 * failure in the log. This filter drops those events (ENGINE-16004 caused by a
 * RejectedInputException); every other error is logged as before.
 */
public class RejectedInputLogFilter extends Filter<ILoggingEvent> {

    static final String REJECTED_INPUT = "org.iowscb.learningloop.platform.process.RejectedInputException";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (event.getLevel() == Level.ERROR && event.getLoggerName().startsWith("org.camunda.bpm.engine")
            && causedByRejectedInput(event.getThrowableProxy())) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean causedByRejectedInput(IThrowableProxy throwable) {
        for (IThrowableProxy cause = throwable; cause != null; cause = cause.getCause()) {
            if (REJECTED_INPUT.equals(cause.getClassName())) {
                return true;
            }
        }
        return false;
    }
}
