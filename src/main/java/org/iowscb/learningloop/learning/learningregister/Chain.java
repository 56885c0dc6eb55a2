package org.iowscb.learningloop.learning.learningregister;

import java.time.Instant;
import java.util.List;

/**
 * The whole chain read back from one case reference: the case itself, its handover to the
 * learning loop, the learning cycles it fed, their lessons (with dissemination, actions and
 * evaluation), the cycles' actions that name no lesson, and the new reviews or audits the cycles
 * started (the feedback of Appendix 1).
 */
record Chain(String reference, CaseRecord caseRecord, Handover handover, List<String> learningCycles,
             List<Lesson> lessons, List<Action> cycleActions, List<CaseRecord> followOnCases) {

    /** A case as the engine's history knows it: reference, process, state, and the case that started it. */
    record CaseRecord(String caseReference, String processKey, String state, Instant startedAt,
                      String sourceReference) {
    }

    /** The review's or audit's handover of its findings; {@code learningCycleReference} is null while pending. */
    record Handover(String sourceReference, String sourceType, String findings, Instant handedOverAt,
                    String learningCycleReference) {
    }
}
