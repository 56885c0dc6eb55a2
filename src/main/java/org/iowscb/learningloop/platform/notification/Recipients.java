package org.iowscb.learningloop.platform.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.iowscb.learningloop.platform.identity.Groups;

/**
 * Who gets an email, from the engine's identity service, read when the email is queued (by a job, after
 * the task's transaction). Only people with an email address; each address once.
 * <ul>
 *   <li>work (new task, reminder): the assignee, or else every member of the candidate groups and every
 *       candidate user; people who chose the daily digest get that instead;</li>
 *   <li>escalation: the chairs of the candidate groups (user info {@value #CHAIR_OF}: the ids of the
 *       groups the person chairs, comma separated), or else the business unit.</li>
 * </ul>
 */
final class Recipients {

    /** User info: {@code true} when the person wants one daily digest instead of an email per task. */
    static final String DIGEST = "notifications.digest";
    /** User info: the group ids the person chairs, comma separated. */
    static final String CHAIR_OF = "notifications.chair-of";

    record Recipient(String userId, String email) {
    }

    private final IdentityService identity;

    Recipients(IdentityService identity) {
        this.identity = identity;
    }

    /** The assignee, or else the candidates; without the digest's subscribers. */
    List<Recipient> ofWork(String assignee, Collection<String> groups, Collection<String> users) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        if (assignee != null) {
            add(byEmail, user(assignee), true);
        } else {
            for (String group : groups) {
                identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
                    .forEach(member -> add(byEmail, member, true));
            }
            users.forEach(candidate -> add(byEmail, user(candidate), true));
        }
        return List.copyOf(byEmail.values());
    }

    /** An overdue task goes to its groups' chairs, or else to the business unit. */
    List<Recipient> ofEscalation(Collection<String> groups) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (String group : groups) {
            for (User member : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
                if (chairs(member.getId(), group)) {
                    add(byEmail, member, false);
                }
            }
        }
        if (byEmail.isEmpty()) {
            identity.createUserQuery().memberOfGroup(Groups.BUSINESS_UNIT).orderByUserId().asc().list()
                .forEach(member -> add(byEmail, member, false));
        }
        return List.copyOf(byEmail.values());
    }

    /** Everyone who chose the daily digest and has an email address. */
    List<Recipient> digestSubscribers() {
        List<Recipient> subscribers = new ArrayList<>();
        for (User user : identity.createUserQuery().orderByUserId().asc().list()) {
            if (wantsDigest(user.getId()) && hasEmail(user)) {
                subscribers.add(new Recipient(user.getId(), user.getEmail().strip()));
            }
        }
        return subscribers;
    }

    boolean wantsDigest(String userId) {
        return "true".equalsIgnoreCase(identity.getUserInfo(userId, DIGEST));
    }

    private boolean chairs(String userId, String group) {
        String chairOf = identity.getUserInfo(userId, CHAIR_OF);
        return chairOf != null && Arrays.stream(chairOf.split(",")).map(String::strip).anyMatch(group::equals);
    }

    private User user(String userId) {
        return identity.createUserQuery().userId(userId).singleResult();
    }

    private void add(Map<String, Recipient> byEmail, User user, boolean unlessDigest) {
        if (user == null || !hasEmail(user) || (unlessDigest && wantsDigest(user.getId()))) {
            return;
        }
        byEmail.putIfAbsent(user.getEmail().strip().toLowerCase(), new Recipient(user.getId(), user.getEmail().strip()));
    }

    private static boolean hasEmail(User user) {
        return user.getEmail() != null && !user.getEmail().isBlank();
    }
}
