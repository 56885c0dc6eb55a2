package org.iowscb.learningloop.audit.selfassessment;

import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;
import static org.iowscb.learningloop.platform.process.StringListVariable.stringListVariable;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;

/**
 * What makes one self-assessment audit differ from the other: its process, its standards, and
 * the organisations that answer it (agencies or schools).
 *
 * @param type          the audit's process
 * @param standards     the standards each organisation rates
 * @param organisation  what one organisation is called, and the multi-instance element variable ({@code agency})
 * @param organisations the cycle's list of organisation group ids ({@code agencies})
 * @param known         whether a group id is one of these organisations (Directory)
 * @param all           every such organisation, for a cycle started by its timer with no cycle before it
 * @param ownVariables  further variables kept per organisation (besides those of {@link SelfAssessment})
 */
public record SelfAssessmentAudit(CaseType type, List<Standard> standards, String organisation, String organisations,
                                  Predicate<String> known, Supplier<List<String>> all, List<String> ownVariables) {

    public String key() {
        return type.processKey();
    }

    public ProcessVariable<String> organisationVariable() {
        return stringVariable(organisation);
    }

    public StringListVariable organisationsVariable() {
        return stringListVariable(organisations);
    }
}
