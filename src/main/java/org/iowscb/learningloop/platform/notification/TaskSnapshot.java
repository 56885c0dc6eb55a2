package org.iowscb.learningloop.platform.notification;

import java.util.Date;
import java.util.List;

/**
 * What an email may say about a task, taken when the event happened: the task's name as drawn in its
 * model, the case reference, the due date, its groups. Never a variable's value or anything a person
 * typed. Travels as the configuration of the engine job that fans the email out.
 *
 * @param candidateGroups group ids (recipients and the group names in the email)
 * @param candidateUsers  user ids named as candidates
 * @param edition         the edition the case follows ({@code wt2013}, {@code wt2023}), for the names of
 *                        its groups; null for a case without one and in events queued before it was kept
 */
record TaskSnapshot(String taskId, String taskName, String caseReference, Date due, List<String> candidateGroups,
                    List<String> candidateUsers, String assignee, String processDefinitionId,
                    String processDefinitionKey, String edition) {

    TaskSnapshot {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
        candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
    }
}
