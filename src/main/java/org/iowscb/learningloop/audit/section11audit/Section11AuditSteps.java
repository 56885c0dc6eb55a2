package org.iowscb.learningloop.audit.section11audit;

import java.util.List;

import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentAudit;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Directory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the section 11 model's steps need to know of it: the partner agencies rate the section 11
 * standards. The steps themselves are the self-assessment's shared ones
 * ({@code org.iowscb.learningloop.audit.selfassessment.SelfAssessmentSteps}), wired as
 * {@code s11CycleStart}, {@code s11SelfAssessmentGuard}...
 */
@Configuration(proxyBeanMethods = false)
class Section11AuditSteps {

    @Bean
    SelfAssessmentAudit section11SelfAssessment(Directory directory) {
        return new SelfAssessmentAudit(CaseType.SECTION_11_AUDIT, Section11Audit.STANDARDS,
            Section11Audit.AGENCY.name(), Section11Audit.AGENCIES.name(), directory::isAgency, directory::agencies,
            List.of());
    }
}
