package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new, empty database on the PostgreSQL server at {@code POSTGRES_TEST_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code POSTGRES_TEST_USER}, password
 * {@code POSTGRES_TEST_PASSWORD}), dropped afterwards. Without a server the test is skipped with
 * the reason, unless {@code REQUIRE_POSTGRES=true} (as CI sets it): then it fails.
 */
public final class FreshPostgresDatabase {

    static final String SERVER = System.getenv().getOrDefault("POSTGRES_TEST_URL",
        "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = System.getenv().getOrDefault("POSTGRES_TEST_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("POSTGRES_TEST_PASSWORD", "");

    private final String name;

    private FreshPostgresDatabase(String name) {
        this.name = name;
    }

    /** Creates the database, or skips (fails under REQUIRE_POSTGRES=true) when no server answers. */
    public static FreshPostgresDatabase create(String prefix) {
        String name = prefix + "_" + System.currentTimeMillis();
        try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement sql = server.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException unreachable) {
            String reason = "no PostgreSQL at " + SERVER + " (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("REQUIRE_POSTGRES"))) {
                fail("REQUIRE_POSTGRES=true but " + reason);
            }
            Assumptions.abort("Skipped: " + reason + "; set REQUIRE_POSTGRES=true to make this a failure");
        }
        return new FreshPostgresDatabase(name);
    }

    /** The application's datasource properties for this database. */
    public Map<String, String> datasource() {
        return Map.of(
            "spring.datasource.url", SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name,
            "spring.datasource.username", USER,
            "spring.datasource.password", PASSWORD);
    }

    /**
     * A fresh database for a test class, created before its first test and dropped after its last:
     * {@code @RegisterExtension static final FreshPostgresDatabase.ForTheClass database = ...}.
     */
    public static ForTheClass forTheClass(String prefix) {
        return new ForTheClass(prefix);
    }

    public static final class ForTheClass implements BeforeAllCallback, AfterAllCallback {

        private final String prefix;
        private FreshPostgresDatabase database;

        private ForTheClass(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            database = create(prefix);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (database != null) {
                database.drop();
                database = null;
            }
        }

        /** The application's datasource properties for the class's database. */
        public Map<String, String> datasource() {
            return database.datasource();
        }
    }

    public void drop() {
        try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement sql = server.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException unreachable) {
            // nothing was created
        }
    }
}
