package org.iowscb.learningloop.platform.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.platform.identity.ChairGrants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.iowscb.learningloop.platform.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/notifications}: a person chooses the daily digest for themselves; the business unit (or an
 * administrator) names the chairs a group's overdue tasks escalate to. Both are kept as Camunda user info
 * ({@value Recipients#DIGEST}, {@value Recipients#CHAIR_OF}), which Camunda's Admin app does not show.
 * HTTP Basic, as the rest of the API; the caller is the engine's authentication for the request.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationPreferencesController {

    static final Set<String> CHAIR_EDITORS = Set.of(Groups.BUSINESS_UNIT, Groups.CAMUNDA_ADMIN);

    record Preferences(String userId, String email, boolean digest, List<String> chairOf) {
    }

    record Chairs(String groupId, List<String> chairs) {
    }

    private final IdentityService identity;

    private final ChairGrants chairGrants;

    NotificationPreferencesController(IdentityService identity, ChairGrants chairGrants) {
        this.identity = identity;
        this.chairGrants = chairGrants;
    }

    @GetMapping("/me")
    Preferences mine() {
        return preferences(caller().getUserId());
    }

    /** {@code {"digest": true}}: one email a day with all my open tasks, instead of one per task. */
    @PutMapping("/me")
    Preferences choose(@RequestBody(required = false) JsonNode choice) {
        JsonNode digest = choice == null ? null : choice.get("digest");
        if (choice == null || !choice.isObject() || digest == null || !digest.isBoolean() || choice.size() != 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Please correct: digest must be true or false"
                + (digest == null || digest.isBoolean() ? "" : " (without quotes), not " + NotificationErrors.shown(digest))
                + "; send {\"digest\": true} or {\"digest\": false} and nothing else.");
        }
        String userId = caller().getUserId();
        if (digest.booleanValue()) {
            identity.setUserInfo(userId, Recipients.DIGEST, "true");
        } else {
            identity.deleteUserInfo(userId, Recipients.DIGEST);
        }
        return preferences(userId);
    }

    /** Who chairs the group: for its members, the business unit and administrators. */
    @GetMapping("/chairs/{groupId}")
    Chairs chairs(@PathVariable String groupId) {
        Authentication caller = caller();
        List<String> callerGroups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (!callerGroups.contains(groupId) && callerGroups.stream().noneMatch(CHAIR_EDITORS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the group's members, the business unit"
                + " or an administrator see who chairs " + groupId + ".");
        }
        return withoutCallerRestrictions(caller, () -> {
            requireGroup(groupId);
            return chairsOf(groupId);
        });
    }

    /** {@code {"chairs": ["scr-chair"]}}: the members of the group its overdue tasks escalate to. */
    @PutMapping("/chairs/{groupId}")
    Chairs nameChairs(@PathVariable String groupId, @RequestBody(required = false) JsonNode request) {
        Authentication caller = caller();
        if (caller.getGroupIds() == null || caller.getGroupIds().stream().noneMatch(CHAIR_EDITORS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the business unit or an administrator"
                + " names the chairs of a group.");
        }
        List<String> wanted = chairsIn(request);
        return withoutCallerRestrictions(caller, () -> {
            requireGroup(groupId);
            List<String> memberIds = members(groupId).stream().map(User::getId).toList();
            List<String> strangers = wanted.stream().filter(user -> !memberIds.contains(user)).toList();
            if (identity.createGroupQuery().groupId(groupId).count() == 0 || !strangers.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A chair must be a member of the group "
                    + groupId + (strangers.isEmpty() ? " (there is no such group)." : "; not members: " + strangers));
            }
            for (String member : memberIds) {
                Set<String> groups = new LinkedHashSet<>(chairOf(member));
                boolean changed = wanted.contains(member) ? groups.add(groupId) : groups.remove(groupId);
                if (changed && groups.isEmpty()) {
                    identity.deleteUserInfo(member, Recipients.CHAIR_OF);
                    chairGrants.revoke(member);
                } else if (changed) {
                    identity.setUserInfo(member, Recipients.CHAIR_OF, String.join(",", groups));
                    chairGrants.grant(member);
                }
            }
            return chairsOf(groupId);
        });
    }

    /** {@code {"chairs": ["scr-chair"]}}: a list of user ids, each plain text of at most 64 characters. */
    private static List<String> chairsIn(JsonNode request) {
        JsonNode chairs = request == null || !request.isObject() ? null : request.get("chairs");
        if (chairs == null || !chairs.isArray() || request.size() != 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Please correct: chairs must be a list of user"
                + " ids; send {\"chairs\": [\"scr-chair\"]}, or {\"chairs\": []} for none, and nothing else.");
        }
        List<String> wanted = new ArrayList<>();
        for (JsonNode chair : chairs) {
            if (!chair.isTextual() || !chair.asText().matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*") || chair.asText().length() > 64) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Please correct: chairs must be a list of"
                    + " user ids (letters, digits and hyphens, at most 64), not " + NotificationErrors.shown(chair) + ".");
            }
            wanted.add(chair.asText());
        }
        return wanted;
    }

    private void requireGroup(String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no group "
                + NotificationErrors.shown(groupId) + ".");
        }
    }

    private Chairs chairsOf(String groupId) {
        return new Chairs(groupId, members(groupId).stream().map(User::getId)
            .filter(user -> chairOf(user).contains(groupId)).toList());
    }

    /**
     * Reads and writes the identity of other people once the caller's right to do so is checked here: the
     * engine would otherwise show the business unit no user it may not read in Admin.
     */
    private <T> T withoutCallerRestrictions(Authentication caller, Supplier<T> work) {
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            identity.setAuthentication(caller);
        }
    }

    private Preferences preferences(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return new Preferences(userId, user == null ? null : user.getEmail(),
            "true".equalsIgnoreCase(identity.getUserInfo(userId, Recipients.DIGEST)), chairOf(userId));
    }

    private List<String> chairOf(String userId) {
        String value = identity.getUserInfo(userId, Recipients.CHAIR_OF);
        return value == null ? List.of() : new ArrayList<>(Arrays.stream(value.split(",")).map(String::strip)
            .filter(group -> !group.isEmpty()).toList());
    }

    private List<User> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list();
    }

    private Authentication caller() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first.");
        }
        return caller;
    }
}
