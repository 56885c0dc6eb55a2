package org.iowscb.learningloop.platform.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;

/**
 * A group's chair may hand the group's tasks to its members (assign, delegate, add a candidate).
 * The engine needs {@code TASK_ASSIGN} for that, which this grants to a person named a chair and
 * takes back when they no longer chair any group; which tasks and to whom is the engine's
 * TaskHandoverRules' to decide (only their own groups' tasks, only to members).
 */
@Component
public class ChairGrants {

    private final AuthorizationService authorizations;

    ChairGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** The person chairs at least one group: may hand tasks over. */
    public void grant(String userId) {
        if (find(userId) == null) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setUserId(userId);
            grant.setResource(Resources.TASK);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(TaskPermissions.TASK_ASSIGN);
            authorizations.saveAuthorization(grant);
        }
    }

    /** The person chairs no group any more. */
    public void revoke(String userId) {
        Authorization grant = find(userId);
        if (grant != null) {
            authorizations.deleteAuthorization(grant.getId());
        }
    }

    private Authorization find(String userId) {
        return authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
            .resourceId(Authorization.ANY).hasPermission(TaskPermissions.TASK_ASSIGN).list().stream()
            .findFirst().orElse(null);
    }
}
