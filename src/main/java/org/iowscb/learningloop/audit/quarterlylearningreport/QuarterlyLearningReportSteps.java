package org.iowscb.learningloop.audit.quarterlylearningreport;

import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.AUDITS;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.AUDIT_COUNT;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.AUDIT_OUTCOMES;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.CASE_AUDIT_PROGRAMME;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.KEY_LEARNING;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.MAX_TEXT;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.MONTHS_LOOKED_BACK;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.PERIOD_FROM;
import static org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.PERIOD_TO;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.iowscb.learningloop.audit.quarterlylearningreport.QuarterlyLearningReport.AuditOutcome;

/**
 * The listeners of the quarterly learning report: what the audits of the last three months
 * produced, put before the PQA chair; and the checks on what the chair and the SCR Sub Group
 * enter (a clear 400 with the reason over REST, a message on the form in Tasklist, nothing saved).
 */
@Configuration(proxyBeanMethods = false)
class QuarterlyLearningReportSteps {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Every audit handover of the last three months, on the report's task. */
    @Bean
    ExecutionListener qlrAuditOutcomes(AuditHandovers handovers) {
        return execution -> {
            var now = ClockUtil.getCurrentTime().toInstant();
            LocalDate today = LocalDate.ofInstant(now, LONDON);
            LocalDate from = today.minusMonths(MONTHS_LOOKED_BACK);
            List<AuditOutcome> outcomes = new ArrayList<>();
            // the quarter up to now: a handover stamped later (a clock moved on elsewhere) is not this report's
            for (AuditHandovers.Outcome outcome : handovers.between(from.atStartOfDay(LONDON).toInstant(), now,
                AUDITS.keySet().stream().map(CaseType::processKey).toList())) {
                outcomes.add(new AuditOutcome(outcome.sourceReference(), outcome.sourceType(),
                    AUDITS.get(CaseType.ofProcessKey(outcome.sourceType()).orElseThrow()),
                    LocalDate.ofInstant(outcome.handedOverAt(), LONDON).toString(), outcome.findings()));
            }
            PERIOD_FROM.set(execution, from.toString());
            PERIOD_TO.set(execution, today.toString());
            AUDIT_OUTCOMES.set(execution, outcomes);
            AUDIT_COUNT.set(execution, (long) outcomes.size());
        };
    }

    /** The chair's report: the key learning, and where the case audit programme stands. */
    @Bean
    TaskListener qlrReportGuard() {
        return task -> InputCheck.of(task)
            .requiredText(KEY_LEARNING, MAX_TEXT)
            .requiredText(CASE_AUDIT_PROGRAMME, MAX_TEXT)
            .orReject();
    }

    /** What the SCR Sub Group takes into the identification of learning: the findings handed over. */
    @Bean
    TaskListener qlrFindingsGuard() {
        return task -> InputCheck.of(task)
            .requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS)
            .orReject();
    }
}
