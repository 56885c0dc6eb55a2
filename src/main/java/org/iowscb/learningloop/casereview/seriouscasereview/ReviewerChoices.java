package org.iowscb.learningloop.casereview.seriouscasereview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.iowscb.learningloop.platform.identity.Groups;
import org.springframework.stereotype.Component;
import org.iowscb.learningloop.platform.process.JsonValue;

/**
 * Puts the members of {@code independent-reviewers} into {@code reviewerOptions}
 * ({@code [{label, value}]}, the value a user id) for the select of the form that appoints the
 * reviewer ({@code ${scrReviewerChoices}}, execution listener).
 */
@Component("scrReviewerChoices")
class ReviewerChoices implements ExecutionListener {

    private final IdentityService identity;

    ReviewerChoices(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        List<Map<String, String>> options = new ArrayList<>();
        for (User reviewer : identity.createUserQuery().memberOfGroup(Groups.INDEPENDENT_REVIEWERS)
                .orderByUserId().asc().list()) {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", label(reviewer));
            option.put("value", reviewer.getId());
            options.add(option);
        }
        execution.setVariable(SeriousCaseReview.REVIEWER_OPTIONS, JsonValue.of(options));
    }

    private static String label(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
    }
}
