package org.iowscb.learningloop.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.iowscb.learningloop.platform.process.FormAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds {@link DemoYear} when {@code learningloop.demo.cases} is true and the engine has no case
 * at all (no process instance, running or finished): a second start, or a database where people
 * already work, adds nothing. The decision is the engine's own, so no table of ours records it.
 * <p>
 * Lateness needs the past, so the cases are driven on past days by setting the engine clock
 * ({@code ClockUtil}), which is global to the JVM. That is safe only while nothing else uses the
 * engine: this runs as an {@link ApplicationRunner}, after the context is refreshed and before
 * {@code ApplicationReadyEvent}, on which the Camunda starter starts the job executor; so no job
 * is acquired or locked against a moved clock, and the clock is back to real time, in a
 * {@code finally}, before the job executor starts. The seeding runs every due step itself. Timers
 * that fall due meanwhile (reminders, escalations of tasks left late) fire once the job executor
 * starts, as they would have on those days. The web server is already listening: a request in the
 * seconds of seeding would see the moved clock, which on a newcomer's laptop is harmless.
 */
@Component
@ConditionalOnProperty(name = "learningloop.demo.cases", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

    private final ProcessEngine engine;
    private final List<FormAnswers> answers;

    DemoCases(ProcessEngine engine, List<FormAnswers> answers) {
        this.engine = engine;
        this.answers = answers;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long cases = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        if (cases > 0) {
            LOG.info("Demo cases: the engine already has {} process instance(s); nothing seeded", cases);
            return;
        }
        if (engine.getIdentityService().createUserQuery().userId(DemoYear.BUSINESS_UNIT).count() == 0) {
            LOG.warn("Demo cases need the demo users (learningloop.demo-data=true); nothing seeded");
            return;
        }
        long started = System.currentTimeMillis();
        CaseWalker walker = new CaseWalker(engine, answers);
        try {
            new DemoYear(walker).seed(LocalDate.now(ZoneId.of("Europe/London")));
        } finally {
            walker.realTime();
        }
        LOG.info("Demo cases: seeded a year of cases, {} process instances, in {} ms (learningloop.demo.cases)",
            engine.getHistoryService().createHistoricProcessInstanceQuery().count(),
            System.currentTimeMillis() - started);
    }
}
