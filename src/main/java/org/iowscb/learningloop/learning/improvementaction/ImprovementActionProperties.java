package org.iowscb.learningloop.learning.improvementaction;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of improvement actions, bound from {@code learningloop.improvement-action.*}.
 *
 * @param escalationInterval how often an overdue action is escalated again until it is dealt with
 *                           (ISO period, default {@code P7D}: weekly)
 */
@ConfigurationProperties(prefix = "learningloop.improvement-action")
public record ImprovementActionProperties(@DefaultValue("P7D") Period escalationInterval) {

    public ImprovementActionProperties {
        if (escalationInterval == null || escalationInterval.isZero() || escalationInterval.isNegative()) {
            throw new IllegalArgumentException(
                "learningloop.improvement-action.escalation-interval must be a positive period, was " + escalationInterval);
        }
    }
}
