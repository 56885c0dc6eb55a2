package org.iowscb.learningloop.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's webapps keep their runtime in JVM-wide statics, set when a web application starts and
 * cleared when any one stops. In production one application runs per JVM. The test suite starts
 * several (the H2 and the PostgreSQL test contexts, and the restart, profile and cluster tests that
 * start and stop their own), and once one stops, every other's Tasklist, Cockpit and Admin answer 500
 * ("runtimeDelegate is null"): a test of the webapps then passes or fails by the order the tests
 * ran in. Before every test class this puts back what a stopped application cleared. Registered
 * for every Spring test in {@code META-INF/spring.factories}.
 */
public class WebappsKeptRunning implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        restore();
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        restore();
    }

    /** Puts back the webapps' runtime where an application that stopped cleared it. */
    public static synchronized void restore() {
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
        if (Tasklist.getRuntimeDelegate() == null) {
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
        }
        if (Admin.getRuntimeDelegate() == null) {
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
        }
        if (Welcome.getRuntimeDelegate() == null) {
            Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        }
    }
}
