package org.iowscb.learningloop.casereview.childdeathreview;

import java.util.Optional;

import org.iowscb.learningloop.platform.process.FormOption;

/**
 * The national categories of child death the CDOP classifies each death into (form values: {@link #value()},
 * labels as {@code forms/cdr-panel-review.form} shows them). Public for the annual report's counts by category.
 */
public enum CategoryOfDeath implements FormOption {
    DELIBERATELY_INFLICTED_INJURY_ABUSE_OR_NEGLECT("Deliberately inflicted injury, abuse or neglect"),
    SUICIDE_OR_DELIBERATE_SELF_INFLICTED_HARM("Suicide or deliberate self-inflicted harm"),
    TRAUMA_AND_OTHER_EXTERNAL_FACTORS("Trauma and other external factors"),
    MALIGNANCY("Malignancy"),
    ACUTE_MEDICAL_OR_SURGICAL_CONDITION("Acute medical or surgical condition"),
    CHRONIC_MEDICAL_CONDITION("Chronic medical condition"),
    CHROMOSOMAL_GENETIC_AND_CONGENITAL_ANOMALIES("Chromosomal, genetic and congenital anomalies"),
    PERINATAL_NEONATAL_EVENT("Perinatal/neonatal event"),
    INFECTION("Infection"),
    SUDDEN_UNEXPECTED_UNEXPLAINED_DEATH("Sudden unexpected, unexplained death");

    private final String label;

    CategoryOfDeath(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<CategoryOfDeath> of(String value) {
        return FormOption.of(CategoryOfDeath.class, value);
    }
}
