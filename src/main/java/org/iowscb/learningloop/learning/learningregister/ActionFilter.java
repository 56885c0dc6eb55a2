package org.iowscb.learningloop.learning.learningregister;

import java.util.regex.Pattern;

import org.iowscb.learningloop.learning.LearningRegister.ActionState;

/**
 * Which actions a caller asks for; every part optional. {@code overdue=true}: due before today
 * (engine clock) and not completed; {@code overdue=false}: the others.
 */
record ActionFilter(ActionState state, String ownerGroup, Boolean overdue) {

    private static final Pattern GROUP_ID = Pattern.compile("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");

    static ActionFilter parse(String state, String ownerGroup, String overdue) {
        Problems problems = new Problems();
        ActionState actionState = problems.oneOf("state", state, ActionState.class);
        String owner = Problems.given(ownerGroup);
        if (owner != null && !GROUP_ID.matcher(owner).matches()) {
            problems.add("ownerGroup '" + owner + "' is not a group id (for example agency-police)");
        }
        Boolean isOverdue = problems.yesNo("overdue", overdue);
        problems.throwIfAny();
        return new ActionFilter(actionState, owner, isOverdue);
    }
}
