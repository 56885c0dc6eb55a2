package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.platform.process.StringListVariable.stringListVariable;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.StringListVariable;

/**
 * The case sample of an audit: pseudonymous agency case references, never names. A reference
 * is one word of letters, digits and {@code - / _ .}, with at least one digit and at most
 * {@value #MAX_REFERENCE_LENGTH} characters, so that a name typed by mistake ("J Smith",
 * "Smith") is refused before it is stored. At most {@value #MAX_SAMPLE_SIZE} cases.
 */
public final class CaseSample {

    public static final int MAX_SAMPLE_SIZE = 50;
    public static final int MAX_REFERENCE_LENGTH = 30;

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]*");
    private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");

    private final StringListVariable variable;

    private CaseSample(String name) {
        this.variable = stringListVariable(name);
    }

    /** The sample in {@link CaseAudit#CASE_SAMPLE}. */
    public static CaseSample caseSample() {
        return new CaseSample(CaseAudit.CASE_SAMPLE.name());
    }

    /** Adds to {@code check} every problem of the sample: missing, too big, or a reference that may be a name. */
    public void check(InputCheck check, VariableScope scope) {
        List<String> references;
        try {
            references = variable.from(scope);
        } catch (IllegalArgumentException wrongType) {
            check.check(false, InputCheck.labelOf(variable.name()) + " must be a list of case references");
            return;
        }
        check.check(!references.isEmpty(), InputCheck.labelOf(variable.name()) + " needs at least one case reference");
        check.check(references.size() <= MAX_SAMPLE_SIZE, InputCheck.labelOf(variable.name()) + " has " + references.size()
            + " cases; at most " + MAX_SAMPLE_SIZE + " are accepted");
        for (int i = 0; i < references.size(); i++) {
            // the entry is not repeated in the message: it may be the name it must not be
            check.check(isReference(references.get(i)), InputCheck.labelOf(variable.name()) + ": entry " + (i + 1)
                + " does not look like a case reference (one word with at least one digit, at most "
                + MAX_REFERENCE_LENGTH + " characters); give agency case numbers, never names");
        }
    }

    /** The references, as the sample was given (call after {@link #check}). */
    public List<String> references(VariableScope scope) {
        return variable.from(scope);
    }

    /** Stores the checked sample as the text {@code "A-1, B-2"} and its size. */
    public void normalize(VariableScope scope) {
        List<String> references = references(scope);
        scope.setVariable(variable.name(), String.join(", ", references));
        CaseAudit.SAMPLE_SIZE.set(scope, (long) references.size());
    }

    static boolean isReference(String reference) {
        return reference.length() <= MAX_REFERENCE_LENGTH && REFERENCE.matcher(reference).matches()
            && DIGIT.matcher(reference).matches();
    }
}
