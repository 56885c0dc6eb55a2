package org.iowscb.learningloop.badinput;

import org.iowscb.learningloop.support.PostgresApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * On the real PostgreSQL (varchar(4000) text columns): a narrative of 20,000 characters is stored and read back
 * intact. Skipped without a PostgreSQL server unless REQUIRE_POSTGRES=true.
 */
class LongNarrativesPostgresTest extends PostgresApplicationTest {

    @Test
    @DisplayName("PostgreSQL: a 20,000-character narrative is taken and read back intact")
    void longNarrativeOnPostgres() {
        LongNarratives.takenAndReadBack(engine, rest);
    }
}
