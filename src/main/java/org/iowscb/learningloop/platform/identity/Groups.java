package org.iowscb.learningloop.platform.identity;

import java.util.List;

/**
 * The Camunda group ids of CONTRACT.md: task routing, authorizations and Tasklist filters refer
 * to them.
 */
public final class Groups {

    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String BOARD = "board";
    public static final String BUSINESS_UNIT = "business-unit";
    public static final String SCR_SUBGROUP = "scr-subgroup";
    public static final String PQA_SUBGROUP = "pqa-subgroup";
    public static final String CDOP = "cdop";
    public static final String EDUCATION_SUBGROUP = "education-subgroup";
    public static final String WORKFORCE_DEVELOPMENT = "workforce-development";
    public static final String INDEPENDENT_REVIEWERS = "independent-reviewers";

    /** Prefix of the group of each partner agency or relevant organisation. */
    public static final String AGENCY_PREFIX = "agency-";
    /** The local authority's children's services: the agency that notifies serious incidents. */
    public static final String CHILDRENS_SERVICES = "agency-childrens-services";
    /** Prefix of the group of each school. */
    public static final String SCHOOL_PREFIX = "school-";

    /** Camunda group type of an agency group and of a school group. */
    public static final String TYPE_AGENCY = "agency";
    public static final String TYPE_SCHOOL = "school";
    public static final String TYPE_ROLE = "role";

    /** The groups of the Board's own structure: they exist in every installation. */
    static final List<GroupSpec> ROLE_GROUPS = List.of(
        new GroupSpec(CAMUNDA_ADMIN, "Camunda administrators", Groups.TYPE_ROLE),
        new GroupSpec(BOARD, "Safeguarding Children Board", TYPE_ROLE),
        new GroupSpec(BUSINESS_UNIT, "Board business unit", TYPE_ROLE),
        new GroupSpec(SCR_SUBGROUP, "Serious Case Review Sub Group", TYPE_ROLE),
        new GroupSpec(PQA_SUBGROUP, "Performance and Quality Assurance Sub Group", TYPE_ROLE),
        new GroupSpec(CDOP, "Child Death Overview Panel", TYPE_ROLE),
        new GroupSpec(EDUCATION_SUBGROUP, "Education Sub Group", TYPE_ROLE),
        new GroupSpec(WORKFORCE_DEVELOPMENT, "Workforce Development Group", TYPE_ROLE),
        new GroupSpec(INDEPENDENT_REVIEWERS, "Independent reviewers", TYPE_ROLE));

    private Groups() {
    }

    public static boolean isAgency(String groupId) {
        return groupId != null && groupId.startsWith(AGENCY_PREFIX) && groupId.length() > AGENCY_PREFIX.length();
    }

    public static boolean isSchool(String groupId) {
        return groupId != null && groupId.startsWith(SCHOOL_PREFIX) && groupId.length() > SCHOOL_PREFIX.length();
    }

    record GroupSpec(String id, String name, String type) {
    }
}
