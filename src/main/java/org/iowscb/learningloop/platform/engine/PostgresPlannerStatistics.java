package org.iowscb.learningloop.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, tells the planner how many grants carry the read permissions the engine's
 * authorization check tests with a bit mask ({@code PERMS_ & 2 = 2}: read a task;
 * {@code PERMS_ & 64 = 64}: read the tasks of a process). Without these statistics the planner
 * guesses a handful of grants where an agency holds one per task, joins every task of the agency to
 * every grant, and a Tasklist count grows with the square of the agency's tasks; with them it looks
 * each task's grants up by index (docs/operations.md, "The task counts of an agency"). Created once,
 * after the engine has its tables (so not a Flyway migration, which may run before them); the
 * engine's tables themselves are not written. Nothing happens on H2.
 */
@Component
class PostgresPlannerStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresPlannerStatistics.class);
    static final String NAME = "ll_authorization_read_permissions";

    private final DataSource dataSource;

    PostgresPlannerStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create statistics if not exists " + NAME + " (mcv) on (perms_ & 2), (perms_ & 64), resource_type_ "
            + "from act_ru_authorization");
        jdbc.execute("analyze act_ru_authorization");
        LOG.info("Planner statistics of the authorization grants' read permissions are in place");
    }
}
