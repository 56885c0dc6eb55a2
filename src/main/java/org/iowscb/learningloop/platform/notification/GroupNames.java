package org.iowscb.learningloop.platform.notification;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.iowscb.learningloop.platform.edition.Edition;
import org.iowscb.learningloop.platform.edition.Editions;

/**
 * The names of groups as an administrator set them in Admin ("Serious Case Review Sub Group"), except
 * where the task's case follows an edition that names the group otherwise ({@link Editions#groupNames}:
 * "Case review group" for a wt2023 case). The group ids never change.
 */
final class GroupNames {

    private GroupNames() {
    }

    static String of(IdentityService identity, TaskSnapshot task, Editions editions) {
        return of(identity, task.candidateGroups(),
            editions.groupNames(Edition.of(task.edition()).orElse(Edition.WT2013)));
    }

    static String of(IdentityService identity, Collection<String> groupIds, Map<String, String> namedByEdition) {
        if (groupIds.isEmpty()) {
            return null;
        }
        Map<String, String> names = new java.util.HashMap<>(identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()
            .stream().collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName())));
        names.putAll(namedByEdition);
        return groupIds.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }
}
