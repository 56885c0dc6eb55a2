package org.iowscb.learningloop.learning.learningregister;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.learning.learningregister.Chain.CaseRecord;
import org.iowscb.learningloop.learning.learningregister.Chain.Handover;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/learning/chain/{caseReference}}: the whole chain read back from one reference
 * (a review's, an audit's or a learning cycle's): from the findings to the lessons, how they were
 * embedded, whether they were learnt, and the new reviews the cycle started.
 */
@RestController
@RequestMapping(RegisterWebConfiguration.BASE + "/chain")
class ChainController {

    private static final String LEARNING_CYCLE = CaseType.LEARNING_CYCLE.processKey();

    private final LearningHandovers handovers;
    private final LessonQuery lessons;
    private final ActionQuery actions;
    private final CaseHistory cases;

    ChainController(LearningHandovers handovers, LessonQuery lessons, ActionQuery actions, CaseHistory cases) {
        this.handovers = handovers;
        this.lessons = lessons;
        this.actions = actions;
        this.cases = cases;
    }

    @GetMapping("/{caseReference}")
    Chain chain(@PathVariable String caseReference) {
        String reference = caseReference.trim();
        Handover handover = handovers.find(reference).map(h -> new Handover(h.sourceReference(), h.sourceType(),
            h.findings(), h.handedOverAt().toInstant(), h.learningCycleReference())).orElse(null);
        CaseRecord caseRecord = cases.find(reference).orElse(null);

        Set<String> cycles = new LinkedHashSet<>();
        if (caseRecord != null && LEARNING_CYCLE.equals(caseRecord.processKey())) {
            cycles.add(reference);
        }
        if (handover != null && handover.learningCycleReference() != null) {
            cycles.add(handover.learningCycleReference());
        }
        cycles.addAll(lessons.cyclesOf(reference));
        List<Lesson> found = lessons.ofCase(reference, cycles);
        found.forEach(lesson -> cycles.add(lesson.cycleReference()));

        if (handover == null && caseRecord == null && cycles.isEmpty()) {
            throw RegisterRequestException.notFound("Neither the learning register nor the case history has "
                + "anything for " + reference + ".");
        }
        Set<String> lessonReferences = new LinkedHashSet<>(found.stream().map(Lesson::reference).toList());
        List<Action> cycleActions = actions.ofCycles(cycles).stream()
            .filter(action -> !lessonReferences.contains(action.lessonReference())).toList();
        return new Chain(reference, caseRecord, handover, List.copyOf(cycles), found, cycleActions,
            cases.startedBy(cycles));
    }
}
