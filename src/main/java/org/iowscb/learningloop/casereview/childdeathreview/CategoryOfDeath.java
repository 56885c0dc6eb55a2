package org.iowscb.learningloop.casereview.childdeathreview;

import java.util.Arrays;
import java.util.Optional;

/** The national categories of child death the CDOP classifies each death into (form values: {@link #id()}). */
enum CategoryOfDeath {
    DELIBERATELY_INFLICTED_INJURY_ABUSE_OR_NEGLECT("deliberately-inflicted-injury-abuse-or-neglect"),
    SUICIDE_OR_DELIBERATE_SELF_INFLICTED_HARM("suicide-or-deliberate-self-inflicted-harm"),
    TRAUMA_AND_OTHER_EXTERNAL_FACTORS("trauma-and-other-external-factors"),
    MALIGNANCY("malignancy"),
    ACUTE_MEDICAL_OR_SURGICAL_CONDITION("acute-medical-or-surgical-condition"),
    CHRONIC_MEDICAL_CONDITION("chronic-medical-condition"),
    CHROMOSOMAL_GENETIC_AND_CONGENITAL_ANOMALIES("chromosomal-genetic-and-congenital-anomalies"),
    PERINATAL_NEONATAL_EVENT("perinatal-neonatal-event"),
    INFECTION("infection"),
    SUDDEN_UNEXPECTED_UNEXPLAINED_DEATH("sudden-unexpected-unexplained-death");

    private final String id;

    CategoryOfDeath(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static Optional<CategoryOfDeath> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
