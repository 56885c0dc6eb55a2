package org.iowscb.learningloop.platform.identity;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Creates identity entries only where they are missing, so seeding twice changes nothing and an
 * administrator's later edits survive a restart.
 */
@Component
class IdentityWriter {

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    IdentityWriter(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    /** Creates the user with this password when missing; an existing user keeps its password. */
    void ensureUser(String id, String firstName, String lastName, String email, String password) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identity.saveUser(user);
        }
    }

    void ensureMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    /** A grant to a group, unless that group already has an authorization on that resource. */
    void ensureGroupGrant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery()
            .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!exists) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            save(grant, resource, resourceId, permissions);
        }
    }

    /** A grant to every authenticated user, unless one exists on that resource. */
    void ensureGlobalGrant(Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId)
            .count() > 0;
        if (!exists) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            grant.setUserId(Authorization.ANY);
            save(grant, resource, resourceId, permissions);
        }
    }

    private void save(Authorization grant, Resource resource, String resourceId, Permission... permissions) {
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        Arrays.stream(permissions).forEach(grant::addPermission);
        authorizations.saveAuthorization(grant);
    }
}
