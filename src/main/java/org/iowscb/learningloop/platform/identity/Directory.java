package org.iowscb.learningloop.platform.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * Which partner agencies and schools this board has: the groups {@code agency-*} and
 * {@code school-*} an administrator keeps in Admin. Used to check a named agency exists before a
 * case is routed to it.
 */
@Service
public class Directory {

    private final IdentityService identity;

    Directory(IdentityService identity) {
        this.identity = identity;
    }

    public boolean isAgency(String groupId) {
        return Groups.isAgency(groupId) && exists(groupId);
    }

    public boolean isSchool(String groupId) {
        return Groups.isSchool(groupId) && exists(groupId);
    }

    /** Whether the user is one of the board's independent reviewers. */
    public boolean isIndependentReviewer(String userId) {
        return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(Groups.INDEPENDENT_REVIEWERS)
            .count() == 1;
    }

    /** Every agency group id, sorted. */
    public List<String> agencies() {
        return identity.createGroupQuery().list().stream().map(Group::getId).filter(Groups::isAgency).sorted().toList();
    }

    /** Every school group id, sorted. */
    public List<String> schools() {
        return identity.createGroupQuery().list().stream().map(Group::getId).filter(Groups::isSchool).sorted().toList();
    }

    private boolean exists(String groupId) {
        return identity.createGroupQuery().groupId(groupId).count() == 1;
    }
}
