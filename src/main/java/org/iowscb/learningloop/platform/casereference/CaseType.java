package org.iowscb.learningloop.platform.casereference;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every process of the framework (CONTRACT.md) and the prefix of its case references,
 * for example {@code SCR-2026-0001}.
 */
public enum CaseType {
    CASE_REVIEW_REFERRAL("case-review-referral", "REF"),
    SERIOUS_CASE_REVIEW("serious-case-review", "SCR"),
    MULTI_AGENCY_CASE_REVIEW("multi-agency-case-review", "MACR"),
    INDIVIDUAL_MANAGEMENT_REVIEW("individual-management-review", "IMR"),
    CHILD_DEATH_REVIEW("child-death-review", "CDR"),
    NATIONAL_LEARNING_REVIEW("national-learning-review", "NLR"),
    THEMATIC_CASE_AUDIT("thematic-case-audit", "AUD"),
    MULTI_AGENCY_CASE_AUDIT("multi-agency-case-audit", "AUD"),
    SINGLE_AGENCY_AUDIT("single-agency-audit", "AUD"),
    SECTION_11_AUDIT("section-11-audit", "S11"),
    SECTION_175_AUDIT("section-175-audit", "S175"),
    LEARNING_CYCLE("learning-cycle", "LRN"),
    IMPROVEMENT_ACTION("improvement-action", "ACT"),
    QUARTERLY_LEARNING_REPORT("quarterly-learning-report", "QLR"),
    FRAMEWORK_ANNUAL_REVIEW("framework-annual-review", "FWR");

    /** Prefix for a process the list above does not know yet (a model added before its entry). */
    static final String FALLBACK_PREFIX = "CASE";

    private final String processKey;
    private final String prefix;

    CaseType(String processKey, String prefix) {
        this.processKey = processKey;
        this.prefix = prefix;
    }

    public String processKey() {
        return processKey;
    }

    public String prefix() {
        return prefix;
    }

    public static Optional<CaseType> ofProcessKey(String processKey) {
        return Arrays.stream(values()).filter(t -> t.processKey.equals(processKey)).findFirst();
    }

    static String prefixOf(String processKey) {
        return ofProcessKey(processKey).map(CaseType::prefix).orElse(FALLBACK_PREFIX);
    }
}
