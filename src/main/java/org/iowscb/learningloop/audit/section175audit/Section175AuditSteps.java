package org.iowscb.learningloop.audit.section175audit;

import static org.iowscb.learningloop.audit.section175audit.Section175Audit.ACTION_PLAN_COMMENTS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SUPPORT_OFFERED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.MAX_TEXT;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentAudit;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentSteps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners and delegates of the section 175/157 model, by the names it wires them with. What
 * a person enters is checked before it is accepted: a clear 400 with the reason over REST, a
 * message on the form in Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class Section175AuditSteps {

    private final SelfAssessmentSteps steps;
    private final SelfAssessmentAudit audit;

    Section175AuditSteps(SelfAssessmentSteps steps, Directory directory) {
        this.steps = steps;
        this.audit = new SelfAssessmentAudit(CaseType.SECTION_175_AUDIT, Section175Audit.STANDARDS,
            Section175Audit.SCHOOL.name(), Section175Audit.SCHOOLS.name(), directory::isSchool, directory::schools,
            List.of(ACTION_PLAN_COMMENTS.name(), SUPPORT_OFFERED.name()));
    }

    @Bean
    ExecutionListener s175CycleStart() {
        return steps.cycleStart(audit);
    }

    @Bean
    ExecutionListener s175CarryForward() {
        return steps.carryForward(audit);
    }

    @Bean
    TaskListener s175SelfAssessmentGuard() {
        return steps.selfAssessmentGuard(audit);
    }

    @Bean
    TaskListener s175ScrutinyGuard() {
        return steps.scrutinyGuard();
    }

    @Bean
    TaskListener s175EscalationGuard() {
        return steps.escalationGuard();
    }

    /** The Education Sub Group's comments on the school's action plan, and any support it offers. */
    @Bean
    TaskListener s175ActionPlanReviewGuard() {
        return task -> InputCheck.of(task)
            .requiredText(ACTION_PLAN_COMMENTS, MAX_TEXT)
            .optionalText(SUPPORT_OFFERED, MAX_TEXT)
            .orReject();
    }

    @Bean
    JavaDelegate s175GapsToActions() {
        return steps.gapsToActions(audit);
    }

    @Bean
    TaskListener s175FindingsGuard() {
        return steps.findingsGuard(audit);
    }
}
