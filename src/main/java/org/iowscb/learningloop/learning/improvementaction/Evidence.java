package org.iowscb.learningloop.learning.improvementaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an owner's evidence says what changed in practice. "Done", "Completed." or "This action
 * has now been fully completed" do not: evidence is at least {@value ImprovementAction#MIN_EVIDENCE}
 * characters and has a word besides those that only say an action is finished.
 */
final class Evidence {

    private static final Set<String> DONE_WORDS = Set.of("done", "complete", "completed", "completion", "action",
        "actions", "task", "tasks", "this", "that", "it", "the", "has", "have", "had", "been", "is", "was", "were",
        "are", "now", "all", "fully", "finished", "closed", "implemented", "in", "place", "yes", "ok", "we", "and");

    private Evidence() {
    }

    static boolean saysWhatChanged(String evidence) {
        String text = evidence.strip();
        if (text.length() < ImprovementAction.MIN_EVIDENCE) {
            return false;
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .anyMatch(word -> !word.isEmpty() && !DONE_WORDS.contains(word));
    }
}
