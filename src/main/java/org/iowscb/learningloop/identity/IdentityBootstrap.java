package org.iowscb.learningloop.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.iowscb.learningloop.LearningLoopProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seeds the identity model once the engine is built: role groups and their authorizations always,
 * demo users only when demo data is on, and the Tasklist filters. Idempotent: a second start
 * changes nothing.
 */
@Component
class IdentityBootstrap implements SmartInitializingSingleton {

    private final RoleModel roles;
    private final DemoData demoData;
    private final TasklistFilters filters;
    private final boolean demoDataEnabled;
    private final ObjectProvider<ProductionAdministrator> productionAdministrator;

    private final IdentityWriter writer;

    IdentityBootstrap(RoleModel roles, DemoData demoData, TasklistFilters filters, IdentityWriter writer,
                      LearningLoopProperties properties,
                      ObjectProvider<ProductionAdministrator> productionAdministrator) {
        this.productionAdministrator = productionAdministrator;
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
    }
}
