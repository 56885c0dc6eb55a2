package org.iowscb.learningloop.audit.multiagencycaseaudit;

import static org.iowscb.learningloop.audit.multiagencycaseaudit.MultiAgencyCaseAudit.JOURNEY_FOCUS;
import static org.iowscb.learningloop.audit.multiagencycaseaudit.MultiAgencyCaseAudit.MAX_JOURNEY_FOCUS;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.iowscb.learningloop.audit.caseaudit.CaseAuditCommissioning;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The commission of a multi-agency case audit of a child's journey: the part of the journey
 * audited, then what every multi-agency case audit needs ({@link CaseAuditCommissioning}). The
 * later steps use the shared case audit guards.
 */
@Configuration(proxyBeanMethods = false)
class MultiAgencyCaseAuditGuards {

    @Bean
    CaseStartCheck macaStartCheck(CaseAuditCommissioning commissioning) {
        return commissioning.startCheck(CaseType.MULTI_AGENCY_CASE_AUDIT, JOURNEY_FOCUS, MAX_JOURNEY_FOCUS);
    }

    @Bean
    ExecutionListener macaStartGuard(CaseAuditCommissioning commissioning) {
        return execution -> commissioning.accept(execution, JOURNEY_FOCUS, MAX_JOURNEY_FOCUS);
    }
}
