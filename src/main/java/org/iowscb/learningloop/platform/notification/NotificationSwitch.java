package org.iowscb.learningloop.platform.notification;

import org.springframework.stereotype.Component;

/**
 * Whether the listener on every user task queues emails ({@code learningloop.notifications.enabled}).
 * Turning it off stops new emails only: those already queued are still sent. The benchmark turns it off
 * and on in one run to measure what queuing costs a task completion.
 */
@Component
public class NotificationSwitch {

    private volatile boolean on;

    NotificationSwitch(NotificationProperties properties) {
        this.on = properties.enabled();
    }

    public boolean isOn() {
        return on;
    }

    public void turnOn() {
        on = true;
    }

    public void turnOff() {
        on = false;
    }
}
