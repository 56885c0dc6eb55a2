package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.learning.LearningHandovers.Handover;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running application, and the one Spring context they share:
 * the whole application on a real port and an in-memory H2 database (profile {@code test}, demo
 * users on), its emails sent to one GreenMail server for the whole JVM ({@link SmtpServer}), the
 * job executor off (tests fire timers and jobs themselves, {@link Jobs}), and flow-node coverage
 * recorded into {@code target/process-test-coverage/}.
 * <p>
 * Tests share the database, so each counts and finds only its own cases (by case reference or
 * process instance), never all tasks or all instances. Only {@link PostgresApplicationTest} adds
 * a second context, on PostgreSQL. Nothing may be added to a subclass that changes the context
 * (properties, profiles, mocks): it would start another application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
public abstract class ApplicationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProcessEngine engine;

    /** Starts a case as another case's step does: with its source reference. */
    @Autowired
    protected CaseStarter starter;

    /** What each case handed to the learning loop. */
    @Autowired
    protected LearningHandovers handovers;

    /** The REST API as the demo users call it. */
    protected CamundaRest rest;

    /** Who sees which task over REST. */
    protected TaskViews views;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        SmtpServer.up();
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SmtpServer.PORT);
    }

    @BeforeEach
    void thisApplication() {
        // Camunda's REST API and webapps serve the engine last registered as "default", and the
        // engine of each context (this one, the PostgreSQL one) registers under that name
        ProcessEngines.registerProcessEngine(engine);
        init(engine);
        rest = new CamundaRest(port);
        views = new TaskViews(rest);
        FixedClock fixed = AnnotatedElementUtils.findMergedAnnotation(getClass(), FixedClock.class);
        if (fixed != null) {
            ClockUtil.setCurrentTime(Date.from(Instant.parse(fixed.value())));
        }
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    /** Sets the engine's clock to this instant (ISO-8601). */
    protected static void clockAt(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    /** Runs every job of the case that is due now, as the job executor would (async steps). */
    protected void executeJobsOf(String caseReference) {
        Jobs.runDue(engine, caseReference);
    }

    /** Runs the timer or async job of this activity in the case, whatever its due date. */
    protected void fireTimer(String caseReference, String activityId) {
        Jobs.fireInCase(engine, caseReference, activityId);
    }

    /**
     * Runs the case's due jobs (the handover to the learning loop is a step of its own), then
     * proves the case has completed and its findings reached the learning loop; the handover.
     */
    protected Handover completedAndHandedOver(String caseReference) {
        executeJobsOf(caseReference);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseReference).singleResult().getState())
            .as("the state of %s", caseReference).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        return handovers.find(caseReference)
            .orElseThrow(() -> new AssertionError(caseReference + " handed nothing to the learning loop"));
    }

    /** How many cases of this process were ever started: for proving a refused start started nothing. */
    protected long casesOf(String processKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
    }
}
