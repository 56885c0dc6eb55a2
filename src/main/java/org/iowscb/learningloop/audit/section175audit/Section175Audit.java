package org.iowscb.learningloop.audit.section175audit;

import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;
import static org.iowscb.learningloop.platform.process.StringListVariable.stringListVariable;

import java.util.List;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.audit.selfassessment.Standard;

/**
 * Process API of {@code processes/section-175-audit.bpmn}: a cycle of section 175/157 (Education
 * Act 2002) self-assessments, one per school, scrutinised and challenged by the PQA Sub Group,
 * each school's action plan reviewed by the Education Sub Group; every gap becomes an action for
 * its school. The shared variables are in {@link org.iowscb.learningloop.audit.selfassessment.SelfAssessment}.
 */
public final class Section175Audit {

    public static final String KEY = CaseType.SECTION_175_AUDIT.processKey();

    /** Element ids of the model. */
    public static final class Elements {
        public static final String CYCLE_STARTED = "section-175-cycle-started";
        public static final String SCHOOL_SELF_ASSESSMENT = "school-self-assessment";
        public static final String SCHOOL_ASSESSMENT_OPENED = "school-assessment-opened";
        public static final String COMPLETE_SELF_ASSESSMENT = "complete-self-assessment";
        public static final String SCRUTINISE_SELF_ASSESSMENT = "scrutinise-self-assessment";
        public static final String ASSESSMENT_ACCEPTED_GATEWAY = "assessment-accepted";
        public static final String REVIEW_ACTION_PLAN = "review-action-plan";
        public static final String SCHOOL_ACTION_PLAN_REVIEWED = "school-action-plan-reviewed";
        public static final String DUE_DATE_PASSED = "due-date-passed";
        public static final String ESCALATE_NON_RESPONSE = "escalate-non-response";
        public static final String NON_RESPONSE_ESCALATED = "non-response-escalated";
        public static final String GAPS_TO_ACTIONS = "gaps-to-actions";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String CYCLE_COMPLETED = "section-175-cycle-completed";

        private Elements() {
        }
    }

    /** The schools of the cycle: existing {@code school-*} group ids, at least one. */
    public static final StringListVariable SCHOOLS = stringListVariable("schools");
    /** One school, within its own sub-process instance (the multi-instance element variable). */
    public static final ProcessVariable<String> SCHOOL = stringVariable("school");

    /** The Education Sub Group's review of one school's action plan, kept with that school. */
    public static final ProcessVariable<String> ACTION_PLAN_COMMENTS = stringVariable("actionPlanComments");
    public static final ProcessVariable<String> SUPPORT_OFFERED = stringVariable("supportOffered");

    /** The section 175/157 standards as commonly used for schools. */
    public static final List<Standard> STANDARDS = List.of(
        new Standard("leadership",
            "Safeguarding leadership and the designated safeguarding lead"),
        new Standard("policies",
            "Policies: child protection, behaviour, staff code of conduct"),
        new Standard("saferRecruitment",
            "Safer recruitment and the single central record"),
        new Standard("training",
            "Staff training and induction"),
        new Standard("allegations",
            "Allegations against staff"),
        new Standard("interAgencyWorking",
            "Working with other agencies and early help"),
        new Standard("onlineSafety",
            "Online safety"),
        new Standard("pupilVoice",
            "Pupils' voice and the curriculum"));

    private Section175Audit() {
    }
}
