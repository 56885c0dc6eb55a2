package org.iowscb.learningloop.platform.casereference;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every process of the framework (CONTRACT.md), the prefix of its case references, for example
 * {@code SCR-2026-0001}, and its name in words, which every task form shows in its header.
 */
public enum CaseType {
    CASE_REVIEW_REFERRAL("case-review-referral", "REF", "Referral of a serious incident"),
    SERIOUS_CASE_REVIEW("serious-case-review", "SCR", "Serious case review"),
    MULTI_AGENCY_CASE_REVIEW("multi-agency-case-review", "MACR", "Multi-agency case review"),
    INDIVIDUAL_MANAGEMENT_REVIEW("individual-management-review", "IMR", "Individual management review"),
    CHILD_DEATH_REVIEW("child-death-review", "CDR", "Child death review"),
    CHILD_DEATH_REVIEW_2018("child-death-review-2018", "CDR", "Child death review (2018 guidance)"),
    NATIONAL_LEARNING_REVIEW("national-learning-review", "NLR", "National learning review"),
    THEMATIC_CASE_AUDIT("thematic-case-audit", "AUD", "Thematic case audit"),
    MULTI_AGENCY_CASE_AUDIT("multi-agency-case-audit", "AUD", "Multi-agency case audit"),
    SINGLE_AGENCY_AUDIT("single-agency-audit", "AUD", "Single agency audit"),
    SECTION_11_AUDIT("section-11-audit", "S11", "Section 11 audit"),
    SECTION_175_AUDIT("section-175-audit", "S175", "Section 175/157 audit"),
    LEARNING_CYCLE("learning-cycle", "LRN", "Learning cycle"),
    IMPROVEMENT_ACTION("improvement-action", "ACT", "Improvement action"),
    QUARTERLY_LEARNING_REPORT("quarterly-learning-report", "QLR", "Quarterly learning report"),
    FRAMEWORK_ANNUAL_REVIEW("framework-annual-review", "FWR", "Annual review of the framework"),
    // Working Together 2023 (learningloop.edition=wt2023)
    SERIOUS_INCIDENT_NOTIFICATION("serious-incident-notification", "SIN", "Serious incident notification"),
    RAPID_REVIEW("rapid-review", "RR", "Rapid review"),
    PARTNERS_YEARLY_REPORT("partners-yearly-report", "PYR", "Yearly report of the safeguarding partners"),
    LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW("local-child-safeguarding-practice-review", "LCSPR",
        "Local child safeguarding practice review");

    /** Prefix for a process the list above does not know yet (a model added before its entry). */
    static final String FALLBACK_PREFIX = "CASE";

    /** What a person calls a case of a type nobody has named yet. */
    static final String FALLBACK_LABEL = "Case";

    private final String processKey;
    private final String prefix;
    private final String label;

    CaseType(String processKey, String prefix, String label) {
        this.processKey = processKey;
        this.prefix = prefix;
        this.label = label;
    }

    /** Whether the case is a review or an audit of practice, as the board page groups them. */
    public boolean isReviewOrAudit() {
        return this != LEARNING_CYCLE && this != IMPROVEMENT_ACTION && this != QUARTERLY_LEARNING_REPORT
            && this != FRAMEWORK_ANNUAL_REVIEW && this != PARTNERS_YEARLY_REPORT;
    }

    public String processKey() {
        return processKey;
    }

    public String prefix() {
        return prefix;
    }

    /** The type in words, as the framework and the forms' headers name it ("Serious case review"). */
    public String label() {
        return label;
    }

    /** The label of a process key's type, or {@value #FALLBACK_LABEL} for a process not listed yet. */
    public static String labelOf(String processKey) {
        return ofProcessKey(processKey).map(CaseType::label).orElse(FALLBACK_LABEL);
    }

    public static Optional<CaseType> ofProcessKey(String processKey) {
        return Arrays.stream(values()).filter(t -> t.processKey.equals(processKey)).findFirst();
    }

    static String prefixOf(String processKey) {
        return ofProcessKey(processKey).map(CaseType::prefix).orElse(FALLBACK_PREFIX);
    }
}
