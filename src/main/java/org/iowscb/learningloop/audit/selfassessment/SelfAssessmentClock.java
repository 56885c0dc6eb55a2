package org.iowscb.learningloop.audit.selfassessment;

import java.util.Set;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.DueDateClock;
import org.springframework.stereotype.Component;

/**
 * A section 11 or section 175 cycle runs to the deadline for every organisation's self-assessment
 * (section 11 of the Children Act 2004; section 175 of the Education Act 2002).
 */
@Component
class SelfAssessmentClock extends DueDateClock {

    SelfAssessmentClock() {
        super(Set.of(CaseType.SECTION_11_AUDIT.processKey(), CaseType.SECTION_175_AUDIT.processKey()),
            "Every self-assessment in by the deadline", "the deadline of the cycle, set when it starts",
            SelfAssessment.DEADLINE, null);
    }
}
