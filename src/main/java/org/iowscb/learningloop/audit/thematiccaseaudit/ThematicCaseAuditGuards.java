package org.iowscb.learningloop.audit.thematiccaseaudit;

import static org.iowscb.learningloop.audit.thematiccaseaudit.ThematicCaseAudit.MAX_THEME;
import static org.iowscb.learningloop.audit.thematiccaseaudit.ThematicCaseAudit.THEME;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.iowscb.learningloop.audit.caseaudit.CaseAuditCommissioning;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The commission of a thematic case audit: its theme, then what every multi-agency case audit
 * needs ({@link CaseAuditCommissioning}). The later steps use the shared case audit guards.
 */
@Configuration(proxyBeanMethods = false)
class ThematicCaseAuditGuards {

    @Bean
    CaseStartCheck tcaStartCheck(CaseAuditCommissioning commissioning) {
        return commissioning.startCheck(CaseType.THEMATIC_CASE_AUDIT, THEME, MAX_THEME);
    }

    @Bean
    ExecutionListener tcaStartGuard(CaseAuditCommissioning commissioning) {
        return execution -> commissioning.accept(execution, THEME, MAX_THEME);
    }
}
