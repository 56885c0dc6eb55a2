package org.iowscb.learningloop.learning;

import java.util.LinkedHashMap;
import java.util.Map;

import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;

/**
 * What starts an improvement-action from another case: one action of a learning plan or of a
 * section 11/175 action plan. The learning module's one way in for it, so a review or an audit
 * never spells the action's variable names.
 *
 * @param description what is to be done
 * @param ownerGroup the group that owns it: an agency, a school or a group of the board
 * @param dueOn when it is due (yyyy-MM-dd)
 * @param monitoringGroup who monitors it, one group or several separated by commas
 * @param lessonReference the lesson it embeds, or null
 */
public record ActionRequest(String description, String ownerGroup, String dueOn, String monitoringGroup,
                            String lessonReference) {

    /** The start variables of the improvement-action, as its start check reads them. */
    public Map<String, Object> startVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ImprovementAction.ACTION_DESCRIPTION.name(), description);
        variables.put(ImprovementAction.OWNER_GROUP.name(), ownerGroup);
        variables.put(ImprovementAction.DUE_ON.name(), dueOn);
        variables.put(ImprovementAction.MONITORING_GROUP.name(), monitoringGroup);
        if (lessonReference != null) {
            variables.put(ImprovementAction.LESSON_REFERENCE.name(), lessonReference);
        }
        return variables;
    }
}
