package org.iowscb.learningloop.bench.scenarios;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.bench.BenchScenario;
import org.iowscb.learningloop.bench.StartStep;
import org.iowscb.learningloop.bench.TaskStep;
import org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit;
import org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.Elements;

/**
 * A single agency audit commissioned by the business unit, done by health, accepted by the PQA
 * Sub Group, its findings handed to the learning loop: {@code -Dbench.process=single-agency-audit}.
 */
public class SingleAgencyAuditScenario implements BenchScenario {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Override
    public String processKey() {
        return SingleAgencyAudit.KEY;
    }

    @Override
    public StartStep start() {
        return StartStep.processDefinitionKey(SingleAgencyAudit.KEY, "bu", () -> Variables.createVariables()
            .putValue("auditingAgency", "agency-health")
            .putValue("auditFocus", "Benchmark: records of home conditions")
            .putValue("caseSample", "HV-2026-101, HV-2026-102")
            .putValue("auditDeadline", LocalDate.now(LONDON).plusDays(30).toString()));
    }

    @Override
    public Map<String, TaskStep> tasks() {
        return Map.of(
            Elements.AUDIT_OWN_PRACTICE, TaskStep.completeAs("health", () -> Variables.createVariables()
                .putValue("casesAudited", 2)
                .putValue("workedWell", "Benchmark: home visits recorded")
                .putValue("didNotWorkWell", "Benchmark: chronologies not shared")
                .putValue("grading", "requires-improvement")
                .putValue("agencyLearning", "Benchmark: share chronologies at strategy discussions")
                .putValue("actionPlan", "Benchmark: supervision audit by March")),
            Elements.CONSIDER_AGENCY_AUDIT, TaskStep.completeAs("pqa-chair", () -> Variables.createVariables()
                .putValue("auditAccepted", true)),
            Elements.RECORD_FINDINGS, TaskStep.completeAs("pqa-chair", () -> Variables.createVariables()
                .putValue("findings", "Benchmark: home conditions are recorded but not referred")));
    }
}
