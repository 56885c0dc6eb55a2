package org.iowscb.learningloop.platform.identity;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The demo users of CONTRACT.md, each with password {@code demo} and an address
 * {@code <id>@example.org}, and the demo agencies and schools. Seeded only when
 * {@code learningloop.demo-data} is true (the default profile); never in production.
 */
@Component
class DemoData {

    static final String PASSWORD = "demo";

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
        String email() {
            return id + "@example.org";
        }
    }

    static final List<Groups.GroupSpec> AGENCIES_AND_SCHOOLS = List.of(
        new Groups.GroupSpec("agency-police", "Police", Groups.TYPE_AGENCY),
        new Groups.GroupSpec("agency-health", "Health", Groups.TYPE_AGENCY),
        new Groups.GroupSpec("agency-childrens-services", "Children's services", Groups.TYPE_AGENCY),
        new Groups.GroupSpec("agency-probation", "Probation", Groups.TYPE_AGENCY),
        new Groups.GroupSpec("school-a", "School A", Groups.TYPE_SCHOOL),
        new Groups.GroupSpec("school-b", "School B", Groups.TYPE_SCHOOL));

    static final List<DemoUser> USERS = List.of(
        new DemoUser("demo", "Demo", "Administrator", List.of(Groups.CAMUNDA_ADMIN, Groups.BUSINESS_UNIT)),
        new DemoUser("bu", "Business", "Unit", List.of(Groups.BUSINESS_UNIT)),
        new DemoUser("scr-chair", "SCR Sub Group", "Chair", List.of(Groups.SCR_SUBGROUP)),
        new DemoUser("pqa-chair", "PQA Sub Group", "Chair", List.of(Groups.PQA_SUBGROUP)),
        new DemoUser("cdop-chair", "CDOP", "Chair", List.of(Groups.CDOP)),
        new DemoUser("edu-chair", "Education Sub Group", "Chair", List.of(Groups.EDUCATION_SUBGROUP)),
        new DemoUser("wdg", "Workforce Development", "Lead", List.of(Groups.WORKFORCE_DEVELOPMENT)),
        new DemoUser("reviewer", "Independent", "Reviewer", List.of(Groups.INDEPENDENT_REVIEWERS)),
        new DemoUser("board", "Board", "Member", List.of(Groups.BOARD)),
        new DemoUser("police", "Police", "Lead", List.of("agency-police")),
        new DemoUser("health", "Health", "Lead", List.of("agency-health")),
        new DemoUser("childrens-services", "Children's Services", "Lead", List.of("agency-childrens-services")),
        new DemoUser("probation", "Probation", "Lead", List.of("agency-probation")),
        new DemoUser("school-a", "School A", "Safeguarding Lead", List.of("school-a")),
        new DemoUser("school-b", "School B", "Safeguarding Lead", List.of("school-b")));

    private final IdentityWriter writer;

    DemoData(IdentityWriter writer) {
        this.writer = writer;
    }

    void seed() {
        AGENCIES_AND_SCHOOLS.forEach(g -> writer.ensureGroup(g.id(), g.name(), g.type()));
        for (DemoUser user : USERS) {
            writer.ensureUser(user.id(), user.firstName(), user.lastName(), user.email(), PASSWORD);
            user.groups().forEach(group -> writer.ensureMembership(user.id(), group));
        }
    }
}
