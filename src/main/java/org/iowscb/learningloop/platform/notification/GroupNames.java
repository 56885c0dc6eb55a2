package org.iowscb.learningloop.platform.notification;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** The names of groups as an administrator set them in Admin ("Serious Case Review Sub Group"). */
final class GroupNames {

    private GroupNames() {
    }

    static String of(IdentityService identity, Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return null;
        }
        Map<String, String> names = identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()
            .stream().collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName()));
        return groupIds.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }
}
