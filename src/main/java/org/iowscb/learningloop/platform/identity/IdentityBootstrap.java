package org.iowscb.learningloop.platform.identity;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seeds the identity model once the engine is built: role groups and their authorizations always,
 * demo users only when demo data is on, and the Tasklist filters. Idempotent: a second start
 * changes nothing.
 */
@Component
class IdentityBootstrap implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final RoleModel roles;
    private final DemoData demoData;
    private final TasklistFilters filters;
    private final boolean demoDataEnabled;
    private final ObjectProvider<ProductionAdministrator> productionAdministrator;

    private final IdentityWriter writer;
    private final IdentityService identity;

    IdentityBootstrap(RoleModel roles, DemoData demoData, TasklistFilters filters, IdentityWriter writer,
                      LearningLoopProperties properties,
                      ObjectProvider<ProductionAdministrator> productionAdministrator, IdentityService identity) {
        this.productionAdministrator = productionAdministrator;
        this.identity = identity;
        this.writer = writer;
        this.roles = roles;
        this.demoData = demoData;
        this.filters = filters;
        this.demoDataEnabled = properties.demoData();
    }

    /** Runs once every bean, the engine included, is built, and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        roles.seed();
        productionAdministrator.ifAvailable(admin -> admin.seed(writer));
        if (demoDataEnabled) {
            demoData.seed();
        }
        filters.seed();
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            LOG.warn("No administrator yet, so nobody can sign in. Start once with the prod profile and the"
                + " administrator from the environment: --spring.profiles.active=postgres,prod with"
                + " LEARNINGLOOP_ADMIN_USER and LEARNINGLOOP_ADMIN_PASSWORD (at least "
                + ProductionAdministrator.MINIMUM_PASSWORD_LENGTH + " characters).");
        }
    }
}
