package org.iowscb.learningloop.audit.section175audit;

import static org.iowscb.learningloop.audit.section175audit.Section175Audit.ACTION_PLAN_COMMENTS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SUPPORT_OFFERED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.MAX_TEXT;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentAudit;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the section 175/157 model's steps need to know of it: schools rate the section 175
 * standards, and keep the Education Sub Group's review of their action plan. The shared steps are
 * the self-assessment's ({@code org.iowscb.learningloop.audit.selfassessment.SelfAssessmentSteps}),
 * wired as {@code s175CycleStart}, {@code s175SelfAssessmentGuard}...; the action plan review is
 * this audit's own.
 */
@Configuration(proxyBeanMethods = false)
class Section175AuditSteps {

    @Bean
    SelfAssessmentAudit section175SelfAssessment(Directory directory) {
        return new SelfAssessmentAudit(CaseType.SECTION_175_AUDIT, Section175Audit.STANDARDS,
            Section175Audit.SCHOOL.name(), Section175Audit.SCHOOLS.name(), directory::isSchool, directory::schools,
            List.of(ACTION_PLAN_COMMENTS.name(), SUPPORT_OFFERED.name()));
    }

    /** The Education Sub Group's comments on the school's action plan, and any support it offers. */
    @Bean
    TaskListener s175ActionPlanReviewGuard() {
        return task -> InputCheck.of(task)
            .requiredText(ACTION_PLAN_COMMENTS, MAX_TEXT)
            .optionalText(SUPPORT_OFFERED, MAX_TEXT)
            .orReject();
    }
}
