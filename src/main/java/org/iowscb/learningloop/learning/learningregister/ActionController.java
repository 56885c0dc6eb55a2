package org.iowscb.learningloop.learning.learningregister;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/learning/actions}: the actions of every action plan, filtered by state, owner
 * group and {@code overdue}, and each action's due-date history.
 */
@RestController
@RequestMapping(RegisterWebConfiguration.BASE + "/actions")
class ActionController {

    private final ActionQuery actions;

    ActionController(ActionQuery actions) {
        this.actions = actions;
    }

    @GetMapping
    List<Action> actions(@RequestParam(required = false) String state,
                         @RequestParam(required = false) String ownerGroup,
                         @RequestParam(required = false) String overdue) {
        return actions.find(ActionFilter.parse(state, ownerGroup, overdue));
    }

    /** Every slip of the action's due date, oldest first. */
    @GetMapping("/{reference}/due-changes")
    List<DueChange> dueChanges(@PathVariable String reference) {
        return actions.dueChanges(reference).orElseThrow(() ->
            RegisterRequestException.notFound("There is no action " + reference + " in the learning register."));
    }
}
