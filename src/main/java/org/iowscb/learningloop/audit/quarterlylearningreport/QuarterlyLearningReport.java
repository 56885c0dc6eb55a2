package org.iowscb.learningloop.audit.quarterlylearningreport;

import static org.iowscb.learningloop.platform.process.ProcessVariable.longVariable;
import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.RecordListVariable;

/**
 * Process API of {@code processes/quarterly-learning-report.bpmn}: every quarter the PQA Sub
 * Group chair reports the key learning of quality assurance, including the case audit programme,
 * to the SCR Sub Group, which records what it takes into the identification of learning.
 */
public final class QuarterlyLearningReport {

    public static final String KEY = CaseType.QUARTERLY_LEARNING_REPORT.processKey();

    /** The quarters start on 1 January, April, July and October, at 09:00 UTC. */
    public static final String TIME_CYCLE = "R/2015-01-01T09:00:00Z/P3M";

    /** How far back the report looks for what the audits handed over. */
    public static final int MONTHS_LOOKED_BACK = 3;

    /** Element ids of the model. */
    public static final class Elements {
        public static final String QUARTER_BEGINS = "quarter-begins";
        public static final String REPORT_KEY_LEARNING = "report-key-learning";
        public static final String TAKE_LEARNING_FORWARD = "take-learning-forward";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String REPORT_COMPLETED = "quarterly-report-completed";

        private Elements() {
        }
    }

    /** The audits whose handovers the report shows, with what a person calls them. */
    public static final Map<CaseType, String> AUDITS = audits();

    /** The period looked back on, {@code yyyy-MM-dd}: three months before the report opened, to that day. */
    public static final ProcessVariable<String> PERIOD_FROM = stringVariable("periodFrom");
    public static final ProcessVariable<String> PERIOD_TO = stringVariable("periodTo");
    /**
     * What the audits handed to the learning loop in the period, oldest first: JSON list of
     * {@code {sourceReference, sourceType, auditType, handedOverOn, findings}}.
     */
    public static final RecordListVariable<AuditOutcome> AUDIT_OUTCOMES =
        RecordListVariable.recordListVariable("auditOutcomes", AuditOutcome.class);

    /** One audit's findings handed to the learning loop in the quarter, as the report's form lists it. */
    public record AuditOutcome(String sourceReference, String sourceType, String auditType, String handedOverOn,
                               String findings) {
    }
    public static final ProcessVariable<Long> AUDIT_COUNT = longVariable("auditCount");

    /** The PQA Sub Group chair's report. */
    public static final ProcessVariable<String> KEY_LEARNING = stringVariable("keyLearning");
    public static final ProcessVariable<String> CASE_AUDIT_PROGRAMME = stringVariable("caseAuditProgramme");

    /** Longest text accepted in a field of the report. */
    public static final int MAX_TEXT = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    private QuarterlyLearningReport() {
    }

    private static Map<CaseType, String> audits() {
        Map<CaseType, String> audits = new LinkedHashMap<>();
        audits.put(CaseType.THEMATIC_CASE_AUDIT, "Multi-agency thematic case audit");
        audits.put(CaseType.MULTI_AGENCY_CASE_AUDIT, "Multi-agency case audit");
        audits.put(CaseType.SINGLE_AGENCY_AUDIT, "Single agency audit");
        audits.put(CaseType.SECTION_11_AUDIT, "Section 11 audit");
        audits.put(CaseType.SECTION_175_AUDIT, "Section 175/157 audit");
        return Collections.unmodifiableMap(audits);
    }
}
