package org.iowscb.learningloop.learning;

import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * What a review or an audit hands to the learning loop when it ends: its findings, its type,
 * and (through {@code sourceReference}) its case reference.
 */
public final class LearningLoop {

    /** The key findings of the review or audit, as the sub-group agreed them; no names. */
    public static final ProcessVariable<String> FINDINGS = stringVariable("findings");
    /** The process key of the review or audit the findings come from. */
    public static final ProcessVariable<String> SOURCE_TYPE = stringVariable("sourceType");
    /** The case reference of the learning cycle the findings went to, once it exists. */
    public static final ProcessVariable<String> LEARNING_CYCLE_REFERENCE = stringVariable("learningCycleReference");

    /** Longest findings text accepted. */
    public static final int MAX_FINDINGS = org.iowscb.learningloop.platform.process.InputCheck.MAX_NARRATIVE;

    private LearningLoop() {
    }
}
