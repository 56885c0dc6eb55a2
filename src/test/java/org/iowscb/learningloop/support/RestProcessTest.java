package org.iowscb.learningloop.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of tests that drive a process over HTTP as the people of CONTRACT.md. The job executor is
 * off: a test runs due jobs with {@link #executeJobsOf(String)}. All such tests share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class RestProcessTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProcessEngine engine;

    protected CamundaRest rest;

    @BeforeEach
    void restClient() {
        // Camunda's REST API serves the engine last registered as "default": with several test
        // contexts alive, make it this context's engine
        ProcessEngines.registerProcessEngine(engine);
        rest = new CamundaRest(port);
    }

    /** Runs every job of this case that is due now (async steps such as the learning handover). */
    protected void executeJobsOf(String businessKey) {
        var management = engine.getManagementService();
        for (int round = 0; round < 10; round++) {
            var instanceIds = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list().stream().map(p -> p.getId()).toList();
            var due = management.createJobQuery().executable().list().stream()
                .filter(job -> instanceIds.contains(job.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
