package org.iowscb.learningloop.platform.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the first administrator comes from the environment
 * ({@code LEARNINGLOOP_ADMIN_USER}, {@code LEARNINGLOOP_ADMIN_PASSWORD}). The engine is not
 * built, and the application does not start, while that password is missing or weak: this
 * class is an engine plugin only so that the check runs before the engine is built.
 */
@Component
@Profile("prod")
class ProductionAdministrator extends AbstractProcessEnginePlugin {

    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final LearningLoopProperties.Admin admin;

    ProductionAdministrator(LearningLoopProperties properties) {
        this.admin = properties.admin();
        check(admin.password());
    }

    static void check(String password) {
        if (password == null || password.isBlank()) {
            throw new WeakAdminPasswordException(
                "LEARNINGLOOP_ADMIN_PASSWORD is not set: the prod profile needs the administrator's password.");
        }
        // 'demo', the demo users' password, is refused by its length
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new WeakAdminPasswordException("LEARNINGLOOP_ADMIN_PASSWORD is shorter than "
                + MINIMUM_PASSWORD_LENGTH + " characters.");
        }
    }

    /** Creates the administrator once the role groups exist; an existing one is left as it is. */
    void seed(IdentityWriter writer) {
        writer.ensureUser(admin.id(), "Administrator", "", admin.email(), admin.password());
        writer.ensureMembership(admin.id(), Groups.CAMUNDA_ADMIN);
        writer.ensureMembership(admin.id(), Groups.BUSINESS_UNIT);
    }

    @Override
    public String toString() {
        return "productionAdministrator";
    }
}
