package org.iowscb.learningloop.support;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The second and last Spring context of the suite: {@link ApplicationTest}'s application on a real
 * PostgreSQL server, in a fresh database of its own ({@link FreshPostgresDatabase}), for what only
 * PostgreSQL shows (its column types and limits). Skipped without a server unless
 * {@code REQUIRE_POSTGRES=true}. The context is closed and the database dropped after the class.
 */
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresApplicationTest extends ApplicationTest {

    private static FreshPostgresDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = FreshPostgresDatabase.create("ll_test");
        database.datasource().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
            database = null;
        }
    }
}
