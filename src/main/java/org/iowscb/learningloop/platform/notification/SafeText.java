package org.iowscb.learningloop.platform.notification;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.Expression;

/**
 * The only texts an email takes from a case, each checked to be what the system wrote, not what a
 * person typed: a task's name as drawn in its model (a name computed from variables is replaced by the
 * task's id in the model), and a case reference in the system's own format ({@code SCR-2026-0001}; a
 * business key someone typed at a start is not shown).
 */
final class SafeText {

    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Z][A-Z0-9]{1,7}-\\d{4}-\\d{4,6}");

    private SafeText() {
    }

    /** The literal name of the task in its model, or its id there when the name is an expression. */
    static String taskName(Expression nameExpression, String taskDefinitionKey) {
        String text = nameExpression == null ? null : nameExpression.getExpressionText();
        if (text == null || text.isBlank() || text.contains("${") || text.contains("#{")) {
            return taskDefinitionKey;
        }
        return text.strip();
    }

    /** The case reference when it is one the system issued, else null. */
    static String caseReference(String businessKey) {
        return businessKey != null && CASE_REFERENCE.matcher(businessKey).matches() ? businessKey : null;
    }
}
