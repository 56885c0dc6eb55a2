package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.learning.LearningLoop.MAX_FINDINGS;
import static org.iowscb.learningloop.learning.LearningLoop.SOURCE_TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.AgencyChoices;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.platform.process.JsonValue;
import org.springframework.stereotype.Component;

/**
 * A learning cycle starts from a review's or an audit's findings, or from the SCR Sub Group
 * directly. Sets who monitors its actions (the framework's "Actions to improve practice" rows)
 * and the choices its forms offer.
 */
@Component("learningCycleStart")
class CycleStart implements ExecutionListener {

    private final LearningRegister register;
    private final AgencyChoices choices;

    CycleStart(LearningRegister register, AgencyChoices choices) {
        this.register = register;
        this.choices = choices;
    }

    /** What a learning cycle needs to start: the findings it learns from. */
    static final CaseStartCheck START_CHECK = CaseStartCheck.of(CaseType.LEARNING_CYCLE,
        (check, start) -> check.requiredText(FINDINGS, MAX_FINDINGS));

    @Override
    public void notify(DelegateExecution execution) {
        START_CHECK.orReject(execution);
        String sourceType = SOURCE_TYPE.from(execution).orElse(null);
        LearningCycle.MONITORING_GROUP.set(execution, monitoringGroupFor(sourceType));

        List<Map<String, String>> themes = new ArrayList<>();
        register.themes().forEach((code, label) -> themes.add(Map.of("value", code, "label", label)));
        execution.setVariable(LearningCycle.THEME_OPTIONS, JsonValue.of(themes));

        // the same list, labelled with the groups' names, as the improvement-action's start form offers
        execution.setVariable(LearningCycle.OWNER_OPTIONS, choices.ownerOptions());
    }

    /**
     * Case reviews report through the SCR Sub Group; audits through the PQA Sub Group; section 11
     * and 175 action plans through the PQA and the Education Sub Groups.
     */
    static String monitoringGroupFor(String sourceType) {
        CaseType type = sourceType == null ? null : CaseType.ofProcessKey(sourceType).orElse(null);
        if (type == null) {
            return Groups.SCR_SUBGROUP;
        }
        return switch (type) {
            case THEMATIC_CASE_AUDIT, MULTI_AGENCY_CASE_AUDIT, SINGLE_AGENCY_AUDIT, QUARTERLY_LEARNING_REPORT ->
                Groups.PQA_SUBGROUP;
            case SECTION_11_AUDIT, SECTION_175_AUDIT -> Groups.PQA_SUBGROUP + "," + Groups.EDUCATION_SUBGROUP;
            default -> Groups.SCR_SUBGROUP;
        };
    }
}
