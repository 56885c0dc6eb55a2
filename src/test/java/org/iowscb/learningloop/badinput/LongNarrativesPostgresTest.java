package org.iowscb.learningloop.badinput;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.iowscb.learningloop.support.FreshPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On the real PostgreSQL (varchar(4000) text columns): a narrative of 20,000 characters is stored and read back
 * intact. Skipped without a PostgreSQL server unless REQUIRE_POSTGRES=true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LongNarrativesPostgresTest {

    static FreshPostgresDatabase database;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = FreshPostgresDatabase.create("ll_long_text");
        database.datasource().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.drop();
        }
    }

    @Test
    @DisplayName("PostgreSQL: a 20,000-character narrative is taken and read back intact")
    void longNarrativeOnPostgres() throws Exception {
        ProcessEngines.registerProcessEngine(engine);
        LongNarratives.takenAndReadBack(engine, port);
    }
}
