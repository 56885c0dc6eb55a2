package org.iowscb.learningloop.platform.identity;

/** The prod profile refuses to start without a real administrator password. */
public class WeakAdminPasswordException extends RuntimeException {
    WeakAdminPasswordException(String reason) {
        super(reason);
    }
}
