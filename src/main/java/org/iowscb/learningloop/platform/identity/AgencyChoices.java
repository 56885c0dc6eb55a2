package org.iowscb.learningloop.platform.identity;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.iowscb.learningloop.platform.process.Choice;
import org.iowscb.learningloop.platform.process.JsonValue;

/**
 * Puts the board's current agencies and schools into the variables {@code agencyOptions} and
 * {@code schoolOptions}, as {@code [{label, value}]} lists, so a Camunda Form checklist or select
 * ({@code "valuesKey": "agencyOptions"}) offers exactly the groups that exist in Admin. Use as
 * an execution listener: {@code camunda:executionListener delegateExpression="${agencyChoices}"}.
 */
@Component("agencyChoices")
public class AgencyChoices implements ExecutionListener {

    public static final String AGENCY_OPTIONS = "agencyOptions";
    public static final String SCHOOL_OPTIONS = "schoolOptions";

    private final Directory directory;
    private final org.camunda.bpm.engine.IdentityService identity;

    AgencyChoices(Directory directory, org.camunda.bpm.engine.IdentityService identity) {
        this.directory = directory;
        this.identity = identity;
    }

    /** The independent reviewers a review may appoint: [{label, value}], the value a user id. */
    public static final String REVIEWER_OPTIONS = "reviewerOptions";

    /** The list of possible owners of an action (learning plan, improvement-action start form). */
    public static final String OWNER_OPTIONS = "ownerOptions";
    static final List<String> ROLE_OWNERS = List.of(Groups.BUSINESS_UNIT, Groups.WORKFORCE_DEVELOPMENT,
        Groups.SCR_SUBGROUP, Groups.PQA_SUBGROUP, Groups.EDUCATION_SUBGROUP, Groups.CDOP);

    @Override
    public void notify(DelegateExecution execution) {
        // as Json, so that Tasklist sends a checklist's ticks, which it types as its options, as Json too
        execution.setVariable(AGENCY_OPTIONS, JsonValue.forForm(options(directory.agencies())));
        execution.setVariable(SCHOOL_OPTIONS, JsonValue.forForm(options(directory.schools())));
    }

    /** The agencies, as the list a form's select or checklist offers ({@code valuesKey}). */
    public Object agencyOptions() {
        return json(options(directory.agencies()));
    }

    public Object schoolOptions() {
        return json(options(directory.schools()));
    }

    /** Every group that may own an action: agencies, schools and the board's own groups. */
    public Object ownerOptions() {
        List<String> owners = new java.util.ArrayList<>(directory.agencies());
        owners.addAll(directory.schools());
        owners.addAll(ROLE_OWNERS);
        return json(options(owners));
    }

    /** The board's independent reviewers, as people to choose from: their names, the value a user id. */
    public Object reviewerOptions() {
        return JsonValue.of(identity.createUserQuery().memberOfGroup(Groups.INDEPENDENT_REVIEWERS)
            .orderByUserId().asc().list().stream()
            .map(reviewer -> new Choice(reviewer.getId(), nameOf(reviewer))).toList());
    }

    private static String nameOf(org.camunda.bpm.engine.identity.User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
    }

    private List<Choice> options(List<String> groupIds) {
        return groupIds.stream().map(id -> new Choice(id, nameOf(id))).toList();
    }

    private String nameOf(String groupId) {
        var group = identity.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    private static Object json(List<Choice> options) {
        return JsonValue.of(options);
    }
}
