package org.iowscb.learningloop.audit.section11audit;

import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;
import static org.iowscb.learningloop.platform.process.StringListVariable.stringListVariable;

import java.util.List;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.audit.selfassessment.Standard;

/**
 * Process API of {@code processes/section-11-audit.bpmn}: a cycle of section 11 (Children Act
 * 2004) self-assessments, one per partner agency, scrutinised and challenged by the PQA Sub
 * Group; every gap becomes an action for its agency. The shared variables are in
 * {@link org.iowscb.learningloop.audit.selfassessment.SelfAssessment}.
 */
public final class Section11Audit {

    public static final String KEY = CaseType.SECTION_11_AUDIT.processKey();

    /** Element ids of the model. */
    public static final class Elements {
        public static final String CYCLE_STARTED = "section-11-cycle-started";
        public static final String AGENCY_SELF_ASSESSMENT = "agency-self-assessment";
        public static final String AGENCY_ASSESSMENT_OPENED = "agency-assessment-opened";
        public static final String COMPLETE_SELF_ASSESSMENT = "complete-self-assessment";
        public static final String SCRUTINISE_SELF_ASSESSMENT = "scrutinise-self-assessment";
        public static final String ASSESSMENT_ACCEPTED_GATEWAY = "assessment-accepted";
        public static final String AGENCY_ASSESSMENT_ACCEPTED = "agency-assessment-accepted";
        public static final String DUE_DATE_PASSED = "due-date-passed";
        public static final String ESCALATE_NON_RESPONSE = "escalate-non-response";
        public static final String NON_RESPONSE_ESCALATED = "non-response-escalated";
        public static final String GAPS_TO_ACTIONS = "gaps-to-actions";
        public static final String RECORD_FINDINGS = "record-findings";
        public static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";
        public static final String CYCLE_COMPLETED = "section-11-cycle-completed";

        private Elements() {
        }
    }

    /** The agencies of the cycle: existing {@code agency-*} group ids, at least one. */
    public static final StringListVariable AGENCIES = stringListVariable("agencies");
    /** One agency, within its own sub-process instance (the multi-instance element variable). */
    public static final ProcessVariable<String> AGENCY = stringVariable("agency");

    /** The section 11 standards as commonly used by safeguarding boards. */
    public static final List<Standard> STANDARDS = List.of(
        new Standard("leadership",
            "Senior management commitment to safeguarding and promoting the welfare of children (leadership and accountability)"),
        new Standard("responsibilities",
            "A clear statement of the agency's responsibilities towards children, available to all staff"),
        new Standard("accountability",
            "A clear line of accountability within the agency for safeguarding and promoting the welfare of children"),
        new Standard("serviceDevelopment",
            "Service development that takes account of the need to safeguard children, informed by their views (voice of the child)"),
        new Standard("training",
            "Training on safeguarding and promoting the welfare of children for all staff working with or in contact with them"),
        new Standard("saferRecruitment",
            "Safer recruitment, vetting and the management of allegations against people who work with children"),
        new Standard("interAgencyWorking",
            "Effective inter-agency working to safeguard and promote the welfare of children"),
        new Standard("informationSharing",
            "Information sharing: staff know when and how to share information about children's welfare"));

    private Section11Audit() {
    }
}
