package org.iowscb.learningloop.board;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.iowscb.learningloop.platform.identity.Groups;

/**
 * What the signed-in person may see on the board page: everything for the Board, its business
 * unit, its sub-groups and the administrators; otherwise (an agency, a school, an independent
 * reviewer) only the work of their own groups. Every query of the page takes the scope, so the
 * cut is made in the database.
 *
 * @param groups the person's groups; the groups a query keeps to when {@code everything} is false
 */
record BoardScope(String userId, boolean everything, List<String> groups) {

    /** The groups that oversee the framework: they see every case. */
    static final Set<String> OVERSIGHT = Set.of(Groups.BOARD, Groups.BUSINESS_UNIT, Groups.SCR_SUBGROUP,
        Groups.PQA_SUBGROUP, Groups.EDUCATION_SUBGROUP, Groups.CDOP, Groups.WORKFORCE_DEVELOPMENT, Groups.CAMUNDA_ADMIN);

    static BoardScope of(IdentityService identity) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            throw new IllegalStateException("the board page is only served to a signed-in person");
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : List.copyOf(caller.getGroupIds());
        return new BoardScope(caller.getUserId(), groups.stream().anyMatch(OVERSIGHT::contains), groups);
    }

    /** The groups to keep to, or null for everything: the form the figures' queries take. */
    List<String> keptTo() {
        return everything ? null : groups;
    }
}
