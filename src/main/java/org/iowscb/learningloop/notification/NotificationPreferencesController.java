package org.iowscb.learningloop.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.iowscb.learningloop.identity.Groups;
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

    record DigestChoice(Boolean digest) {
    }

    record Chairs(String groupId, List<String> chairs) {
    }

    private final IdentityService identity;

    NotificationPreferencesController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/me")
    Preferences mine() {
        return preferences(caller().getUserId());
    }

    /** {@code {"digest": true}}: one email a day with all my open tasks, instead of one per task. */
    @PutMapping("/me")
    Preferences choose(@RequestBody DigestChoice choice) {
        if (choice == null || choice.digest() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send {\"digest\": true} or {\"digest\": false}.");
        }
        String userId = caller().getUserId();
        if (choice.digest()) {
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
        return withoutCallerRestrictions(caller, () -> chairsOf(groupId));
    }

    /** {@code {"chairs": ["scr-chair"]}}: the members of the group its overdue tasks escalate to. */
    @PutMapping("/chairs/{groupId}")
    Chairs nameChairs(@PathVariable String groupId, @RequestBody Chairs request) {
        Authentication caller = caller();
        if (caller.getGroupIds() == null || caller.getGroupIds().stream().noneMatch(CHAIR_EDITORS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the business unit or an administrator"
                + " names the chairs of a group.");
        }
        List<String> wanted = request == null || request.chairs() == null ? List.of() : request.chairs();
        return withoutCallerRestrictions(caller, () -> {
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
                } else if (changed) {
                    identity.setUserInfo(member, Recipients.CHAIR_OF, String.join(",", groups));
                }
            }
            return chairsOf(groupId);
        });
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
