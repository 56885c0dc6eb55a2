package org.iowscb.learningloop.support;

import java.util.List;

import org.iowscb.learningloop.platform.identity.Groups;

/**
 * The demo users of CONTRACT.md and their groups, as the {@code test} profile seeds them (password
 * {@value #PASSWORD}, address {@code <id>@example.org}): the one table every test names people from.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /** The demo agencies' groups. */
    public static final String POLICE = "agency-police";
    public static final String HEALTH = "agency-health";
    public static final String CHILDRENS_SERVICES = "agency-childrens-services";
    public static final String PROBATION = "agency-probation";

    /** A demo user and the groups they belong to. */
    public record DemoUser(String id, List<String> groups) {

        public String email() {
            return id + "@example.org";
        }
    }

    public static final List<DemoUser> ALL = List.of(
        new DemoUser("demo", List.of(Groups.CAMUNDA_ADMIN, Groups.BUSINESS_UNIT)),
        new DemoUser("bu", List.of(Groups.BUSINESS_UNIT)),
        new DemoUser("scr-chair", List.of(Groups.SCR_SUBGROUP)),
        new DemoUser("pqa-chair", List.of(Groups.PQA_SUBGROUP)),
        new DemoUser("cdop-chair", List.of(Groups.CDOP)),
        new DemoUser("edu-chair", List.of(Groups.EDUCATION_SUBGROUP)),
        new DemoUser("wdg", List.of(Groups.WORKFORCE_DEVELOPMENT)),
        new DemoUser("reviewer", List.of(Groups.INDEPENDENT_REVIEWERS)),
        new DemoUser("board", List.of(Groups.BOARD)),
        new DemoUser("police", List.of(POLICE)),
        new DemoUser("health", List.of(HEALTH)),
        new DemoUser("childrens-services", List.of(CHILDRENS_SERVICES)),
        new DemoUser("probation", List.of(PROBATION)),
        new DemoUser("school-a", List.of("school-a")),
        new DemoUser("school-b", List.of("school-b")));

    /**
     * Who follows every case and sees every open task: the administrator, the business unit and
     * the Board (read-only: it never works another group's task).
     */
    public static final List<String> FOLLOW_EVERY_CASE = List.of("demo", "bu", "board");

    /** Everyone else: a task reaches them only through their own group. */
    public static final List<String> GROUP_MEMBERS = ALL.stream().map(DemoUser::id)
        .filter(id -> !FOLLOW_EVERY_CASE.contains(id)).toList();

    private DemoUsers() {
    }

    /** The address the demo data gives this user. */
    public static String email(String id) {
        return user(id).email();
    }

    public static DemoUser user(String id) {
        return ALL.stream().filter(user -> user.id().equals(id)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no demo user " + id));
    }
}
