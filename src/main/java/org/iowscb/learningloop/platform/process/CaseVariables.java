package org.iowscb.learningloop.platform.process;

import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

/** Variables every case carries, whatever its process (CONTRACT.md). */
public final class CaseVariables {

    /** The case reference, equal to the business key; shown by the Tasklist filters. */
    public static final ProcessVariable<String> CASE_REFERENCE = stringVariable("caseReference");

    /** The case reference of the case that started this one, when another case started it. */
    public static final ProcessVariable<String> SOURCE_REFERENCE = stringVariable("sourceReference");

    private CaseVariables() {
    }
}
