package org.iowscb.learningloop.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.iowscb.learningloop.support.PostgresApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the planner knows how many grants carry the read permission of a task, so it plans the
 * authorization join of an agency's task query from counts rather than from a guess of a handful (see
 * {@link PostgresPlannerStatistics}). A second boot of the PostgreSQL context: its database is dropped
 * after each class. Skipped without a PostgreSQL server unless REQUIRE_POSTGRES=true.
 */
class PlannerStatisticsPostgresTest extends PostgresApplicationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PostgresPlannerStatistics statistics;

    @Test
    @DisplayName("PostgreSQL: with one grant per task of an agency, the planner estimates them as many as they are")
    void theTaskGrantsAreCounted() throws Exception {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (int task = 0; task < 200; task++) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId("agency-police");
            grant.setResource(Resources.TASK);
            grant.setResourceId(UUID.randomUUID().toString());
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
        statistics.create(); // as at start; autovacuum's analyses keep them current afterwards

        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
            PostgresPlannerStatistics.NAME)).isEqualTo(1);
        int taskGrants = jdbc.queryForObject("select count(*) from act_ru_authorization "
            + "where resource_type_ = 7 and perms_ & 2 = 2", Integer.class);
        String plan = String.join("\n", jdbc.queryForList("explain select * from act_ru_authorization "
            + "where resource_type_ = 7 and perms_ & 2 = 2", String.class));
        long estimated = Long.parseLong(plan.replaceAll("(?s).*?rows=(\\d+).*", "$1"));
        assertThat(estimated).as("the planner's estimate of %s task grants: %s", taskGrants, plan)
            .isBetween(taskGrants / 2L, taskGrants * 2L);
    }
}
