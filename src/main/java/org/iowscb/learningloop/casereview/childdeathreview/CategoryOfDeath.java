package org.iowscb.learningloop.casereview.childdeathreview;

import java.util.Arrays;
import java.util.Optional;

/**
 * The national categories of child death the CDOP classifies each death into (form values: {@link #id()},
 * labels as {@code forms/cdr-panel-review.form} shows them). Public for the annual report's counts by category.
 */
public enum CategoryOfDeath {
    DELIBERATELY_INFLICTED_INJURY_ABUSE_OR_NEGLECT("deliberately-inflicted-injury-abuse-or-neglect", "Deliberately inflicted injury, abuse or neglect"),
    SUICIDE_OR_DELIBERATE_SELF_INFLICTED_HARM("suicide-or-deliberate-self-inflicted-harm", "Suicide or deliberate self-inflicted harm"),
    TRAUMA_AND_OTHER_EXTERNAL_FACTORS("trauma-and-other-external-factors", "Trauma and other external factors"),
    MALIGNANCY("malignancy", "Malignancy"),
    ACUTE_MEDICAL_OR_SURGICAL_CONDITION("acute-medical-or-surgical-condition", "Acute medical or surgical condition"),
    CHRONIC_MEDICAL_CONDITION("chronic-medical-condition", "Chronic medical condition"),
    CHROMOSOMAL_GENETIC_AND_CONGENITAL_ANOMALIES("chromosomal-genetic-and-congenital-anomalies", "Chromosomal, genetic and congenital anomalies"),
    PERINATAL_NEONATAL_EVENT("perinatal-neonatal-event", "Perinatal/neonatal event"),
    INFECTION("infection", "Infection"),
    SUDDEN_UNEXPECTED_UNEXPLAINED_DEATH("sudden-unexpected-unexplained-death", "Sudden unexpected, unexplained death");

    private final String id;
    private final String label;

    CategoryOfDeath(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<CategoryOfDeath> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
