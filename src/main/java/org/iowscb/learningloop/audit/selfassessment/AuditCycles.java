package org.iowscb.learningloop.audit.selfassessment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The timer cycles of the self-assessment audits, as their models read them
 * ({@code <bpmn:timeCycle>${auditCycles.section11()}</bpmn:timeCycle>}): an ISO-8601 repeating
 * interval such as {@code R/2015-04-01T08:00:00Z/P2Y}. The engine evaluates it when it deploys
 * the model and keeps it for the following cycles: a changed property takes effect when a new
 * version of the model is deployed.
 */
@Component("auditCycles")
@EnableConfigurationProperties(AuditCycleProperties.class)
public class AuditCycles {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime NINE_O_CLOCK = LocalTime.of(9, 0);

    private final AuditCycleProperties properties;

    public AuditCycles(AuditCycleProperties properties) {
        this.properties = properties;
    }

    /** Section 11 self-assessments: every 2 years by default. */
    public String section11() {
        return cycle(properties.section11From(), properties.section11Cycle());
    }

    /** Section 175/157 self-assessments: every year by default. */
    public String section175() {
        return cycle(properties.section175From(), properties.section175Cycle());
    }

    static String cycle(LocalDate from, Period every) {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("an audit cycle must be a positive period, not " + every);
        }
        return "R/" + from.atTime(NINE_O_CLOCK).atZone(LONDON).toInstant() + "/" + every;
    }
}
