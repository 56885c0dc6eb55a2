package org.iowscb.learningloop.platform.notification;

import java.util.Map;

import org.iowscb.learningloop.platform.identity.ChairGrants;
import org.camunda.bpm.engine.IdentityService;
import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.iowscb.learningloop.platform.identity.Groups;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With demo data on (default profile only), marks the demo chairs as the chairs of their sub groups
 * (user info {@value Recipients#CHAIR_OF}), so an overdue task of those groups escalates to them; the
 * other groups escalate to the business unit. Runs once the demo users exist; keeps what is already set.
 */
@Component
class DemoChairs {

    static final Map<String, String> CHAIRS = Map.of(
        "scr-chair", Groups.SCR_SUBGROUP,
        "pqa-chair", Groups.PQA_SUBGROUP,
        "cdop-chair", Groups.CDOP,
        "edu-chair", Groups.EDUCATION_SUBGROUP);

    private final IdentityService identity;
    private final ChairGrants chairGrants;
    private final boolean demoData;

    DemoChairs(IdentityService identity, ChairGrants chairGrants, LearningLoopProperties properties) {
        this.identity = identity;
        this.chairGrants = chairGrants;
        this.demoData = properties.demoData();
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (!demoData) {
            return;
        }
        CHAIRS.forEach((user, group) -> {
            if (identity.createUserQuery().userId(user).count() == 1) {
                if (identity.getUserInfo(user, Recipients.CHAIR_OF) == null) {
                    identity.setUserInfo(user, Recipients.CHAIR_OF, group);
                }
                chairGrants.grant(user);
            }
        });
    }
}
