package org.iowscb.learningloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.iowscb.learningloop.support.FreshPostgresDatabase;
import org.iowscb.learningloop.support.RunningApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The prod profile: no demo data, and no start without a real administrator password. It boots its
 * own applications ({@link RunningApplication}): a start refused, and profiles other than the
 * tests' ({@code prod}, {@code postgres} alone), are what it tests.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    @ParameterizedTest(name = "password ''{0}'' is refused")
    @CsvSource(value = {
        "'', LEARNINGLOOP_ADMIN_PASSWORD is not set",
        "short-pass, LEARNINGLOOP_ADMIN_PASSWORD is shorter than 12 characters",
        "demo, LEARNINGLOOP_ADMIN_PASSWORD is shorter than 12 characters"})
    void refusesToStartWithoutARealPassword(String password, String reason, CapturedOutput output) {
        assertThatThrownBy(() -> RunningApplication.start("prod", prodProperties(password)).close())
            .hasRootCauseMessage(reason + (reason.endsWith("set") ? ": the prod profile needs the administrator's password." : "."));
        assertThat(output).contains("Description:", reason)
            .contains("Set LEARNINGLOOP_ADMIN_PASSWORD to a password of at least 12 characters");
    }

    @Test
    @DisplayName("with a real password: the administrator exists, no demo user does")
    void startsWithTheAdministratorAndNoDemoUsers() {
        try (RunningApplication app = RunningApplication.start("prod", prodProperties("a-long-enough-secret"))) {
            var identity = app.engine().getIdentityService();
            assertThat(identity.checkPassword("boss", "a-long-enough-secret")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(u -> u.getId()).containsExactly("boss");
            assertThat(identity.createUserQuery().userId("demo").count()).isZero();
            assertThat(identity.createUserQuery().count()).isEqualTo(1);
            assertThat(identity.createGroupQuery().groupId("scr-subgroup").count()).as("role groups").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("the postgres profile alone: no demo user, and the log says how to create the administrator")
    void postgresAloneSeedsNoDemoUsers(CapturedOutput output) {
        FreshPostgresDatabase database = FreshPostgresDatabase.create("profile");
        try (RunningApplication app = RunningApplication.start("postgres", database.datasource())) {
            var identity = app.engine().getIdentityService();
            assertThat(identity.createUserQuery().count()).as("users on a new PostgreSQL database").isZero();
            assertThat(identity.createGroupQuery().groupId("scr-subgroup").count()).as("role groups").isEqualTo(1);
            assertThat(output).contains("No administrator yet", "--spring.profiles.active=postgres,prod",
                "LEARNINGLOOP_ADMIN_PASSWORD");
        } finally {
            database.drop();
        }
    }

    private static Map<String, String> prodProperties(String password) {
        return Map.of(
            "spring.datasource.url", "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "learningloop.admin.id", "boss",
            "learningloop.admin.password", password);
    }
}
