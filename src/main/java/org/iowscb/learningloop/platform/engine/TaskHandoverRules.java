package org.iowscb.learningloop.platform.engine;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.iowscb.learningloop.platform.identity.Groups;

/**
 * Who may give a task to whom, on every path into the engine (the REST API, Tasklist's API, Java):
 * <ul>
 *   <li>a person claims a task only for themselves;</li>
 *   <li>assigning, delegating, setting the owner or adding a candidate user is open only to a chair of one of
 *       the task's candidate groups, the business unit and administrators, and the new person must be a
 *       member of one of the task's candidate groups (or already a candidate user);</li>
 *   <li>a candidate group is added only by the business unit or an administrator.</li>
 * </ul>
 * The engine's authorizations still apply after these rules (an agency has {@code TASK_WORK} only, so it
 * cannot assign at all). Commands the engine runs for itself (no signed-in person, or nested in another
 * command, as a listener setting an assignee) are not checked. A refusal is a
 * {@link TaskHandoverRefusedException}: 403 with the reason.
 */
class TaskHandoverRules extends CommandInterceptor {

    /** User info naming the groups a person chairs (kept by {@code /api/notifications/chairs}). */
    static final String CHAIR_OF = "notifications.chair-of";

    private final ProcessEngineConfigurationImpl configuration;

    TaskHandoverRules(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    enum Kind { CLAIM, ASSIGN, DELEGATE, OWNER, CANDIDATE_USER, CANDIDATE_GROUP }

    record Handover(Kind kind, String taskId, String userId, String groupId) {
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) {
            Handover handover = handoverOf(command);
            if (handover != null) {
                check(handover);
            }
        }
        return next.execute(command);
    }

    static Handover handoverOf(Command<?> command) {
        if (command instanceof ClaimTaskCmd) {
            return new Handover(Kind.CLAIM, field(command, "taskId"), field(command, "userId"), null);
        }
        if (command instanceof DelegateTaskCmd) {
            return new Handover(Kind.DELEGATE, field(command, "taskId"), field(command, "userId"), null);
        }
        if (command instanceof AbstractAddIdentityLinkCmd) {
            String taskId = field(command, "taskId");
            String userId = field(command, "userId");
            String groupId = field(command, "groupId");
            String type = field(command, "type");
            if (groupId != null) {
                return new Handover(Kind.CANDIDATE_GROUP, taskId, null, groupId);
            }
            Kind kind = IdentityLinkType.ASSIGNEE.equals(type) ? Kind.ASSIGN
                : IdentityLinkType.OWNER.equals(type) ? Kind.OWNER : Kind.CANDIDATE_USER;
            return new Handover(kind, taskId, userId, null);
        }
        if (command instanceof SaveTaskCmd) {
            TaskEntity task = field(command, "task");
            return task == null || task.getId() == null ? null
                : new Handover(Kind.ASSIGN, task.getId(), task.getAssignee(), null);
        }
        return null;
    }

    private void check(Handover handover) {
        IdentityService identity = configuration.getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null || handover.taskId() == null) {
            return;
        }
        String refusal = configuration.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            try {
                TaskEntity task = context.getTaskManager().findTaskById(handover.taskId());
                if (task == null) {
                    return null; // the command itself answers: no such task
                }
                if (task.getAssignee() != null && handover.kind() == Kind.ASSIGN
                    && task.getAssignee().equals(handover.userId())) {
                    return null; // unchanged (a task saved with its own assignee)
                }
                return refusal(handover, task, caller, identity);
            } finally {
                context.enableAuthorizationCheck();
            }
        });
        if (refusal != null) {
            throw new TaskHandoverRefusedException(refusal);
        }
    }

    private static String refusal(Handover handover, TaskEntity task, Authentication caller, IdentityService identity) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        for (IdentityLink link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        List<String> callerGroups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        boolean administrator = callerGroups.contains(Groups.CAMUNDA_ADMIN);
        boolean businessUnit = callerGroups.contains(Groups.BUSINESS_UNIT);
        String chairOf = identity.getUserInfo(caller.getUserId(), CHAIR_OF);
        boolean chair = chairOf != null && Arrays.stream(chairOf.split(",")).map(String::strip).anyMatch(groups::contains);
        String self = caller.getUserId();
        String newUser = handover.userId();

        if (handover.kind() == Kind.CANDIDATE_GROUP) {
            return administrator || businessUnit ? null
                : "Only the business unit or an administrator may add a group to a task.";
        }
        if (newUser == null) {
            return null; // unclaiming, or removing the assignee: the engine's authorizations decide
        }
        if (handover.kind() == Kind.CLAIM && newUser.equals(self)) {
            return null;
        }
        boolean inGroup = users.contains(newUser) || groups.stream()
            .anyMatch(group -> identity.createUserQuery().userId(newUser).memberOfGroup(group).count() > 0);
        if (handover.kind() == Kind.ASSIGN && newUser.equals(self) && !administrator && !businessUnit && !chair) {
            // the same as claiming it for oneself: only a task of one's own group (a chair of another
            // group holds the right to assign, but not to take that group's work)
            return inGroup ? null : "You may take only a task of your own group.";
        }
        if (!administrator && !businessUnit && !chair) {
            return handover.kind() == Kind.CLAIM
                ? "You may claim a task only for yourself, not for " + Texts.shown(newUser)
                    + ". The chair of the task's group or the business unit can assign it to someone else."
                : "Only the chair of the task's group, the business unit or an administrator may assign, delegate or"
                    + " add a person to a task.";
        }
        if (!inGroup) {
            return Texts.shown(newUser) + " is not a member of the task's group"
                + (groups.isEmpty() ? "" : " (" + String.join(", ", groups) + ")")
                + ": a task is given only to someone in its group.";
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (V) field.get(command);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException("the engine's " + command.getClass().getName() + " has no field " + name
            + ": check TaskHandoverRules against this Camunda version");
    }
}
