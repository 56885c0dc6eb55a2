package org.iowscb.learningloop.audit.section11audit;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentAudit;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentSteps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners and delegates of the section 11 model, by the names it wires them with. What a
 * person enters is checked before it is accepted: a clear 400 with the reason over REST, a
 * message on the form in Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class Section11AuditSteps {

    private final SelfAssessmentSteps steps;
    private final SelfAssessmentAudit audit;

    Section11AuditSteps(SelfAssessmentSteps steps, Directory directory) {
        this.steps = steps;
        this.audit = new SelfAssessmentAudit(CaseType.SECTION_11_AUDIT, Section11Audit.STANDARDS,
            Section11Audit.AGENCY.name(), Section11Audit.AGENCIES.name(), directory::isAgency, directory::agencies,
            List.of());
    }

    @Bean
    ExecutionListener s11CycleStart() {
        return steps.cycleStart(audit);
    }

    @Bean
    ExecutionListener s11CarryForward() {
        return steps.carryForward(audit);
    }

    @Bean
    TaskListener s11SelfAssessmentGuard() {
        return steps.selfAssessmentGuard(audit);
    }

    @Bean
    TaskListener s11ScrutinyGuard() {
        return steps.scrutinyGuard();
    }

    @Bean
    TaskListener s11EscalationGuard() {
        return steps.escalationGuard();
    }

    @Bean
    JavaDelegate s11GapsToActions() {
        return steps.gapsToActions(audit);
    }

    @Bean
    TaskListener s11FindingsGuard() {
        return steps.findingsGuard(audit);
    }
}
