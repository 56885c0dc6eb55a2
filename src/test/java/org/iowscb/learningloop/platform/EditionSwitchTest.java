package org.iowscb.learningloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview;
import org.iowscb.learningloop.casereview.rapidreview.RapidReview;
import org.iowscb.learningloop.casereview.seriouscasereview.ScrCase;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview;
import org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.Jobs;
import org.iowscb.learningloop.support.LocalReviewCase;
import org.iowscb.learningloop.support.ReferralFacts;
import org.iowscb.learningloop.support.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The switch from Working Together 2013 to 2023 on a running system, as docs/operations.md plans
 * it: a wt2013 serious case review runs halfway, the application stops and starts again on the same
 * file database with {@code learningloop.edition=wt2023}, the old review finishes under its own
 * model and edition, and a new referral goes to the serious incident notification and the rapid
 * review, to the partners' decision and the local review it starts, which runs to publication and
 * into a learning cycle of the wt2023 edition whose first lesson enters the learning register. It boots its own applications
 * ({@link RunningApplication}), twice, with two settings: the shared test context
 * ({@code ApplicationTest}) has one setting and never stops. The database is a file under
 * {@code target/}.
 */
class EditionSwitchTest {

    @AfterEach
    void realClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    @DisplayName("a wt2013 SCR halfway, the edition switched, the application restarted: the SCR finishes as it began, a new referral goes through the rapid review and the local review into the learning loop")
    void switchWithAReviewRunning() {
        Path dataDir = Path.of("target", "edition-switch", UUID.randomUUID().toString());
        String scr;
        String scrDefinition;
        long running;
        clockAt("2026-03-02T10:00:00Z");
        try (RunningApplication app = RunningApplication.start("", settings(dataDir, "wt2013"))) {
            BpmnAwareTests.init(app.engine());
            ScrCase review = ScrCase.start(app.engine(), "2026-03-02").notified("2026-03-02").reviewerAppointed().termsAgreed();
            scr = review.reference();
            scrDefinition = review.instance().getProcessDefinitionId();
            assertThat(variable(app.engine(), review.instance(), CaseVariables.EDITION.name())).isEqualTo("wt2013");
            assertThat(review.instance()).isWaitingAt(SeriousCaseReview.Elements.PROVIDE_AGENCY_REPORT);
            running = app.engine().getRuntimeService().createProcessInstanceQuery().count();
        }

        clockAt("2026-03-04T10:00:00Z");
        try (RunningApplication app = RunningApplication.start("", settings(dataDir, "wt2023"))) {
            ProcessEngine engine = app.engine();
            BpmnAwareTests.init(engine);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .as("the restart started no case").isEqualTo(running);

            // a new referral: the serious incident notification, then the rapid review
            Map<String, Object> facts = ReferralFacts.seriousHarm();
            facts.put(CaseReviewReferral.INCIDENT_KNOWN_ON.name(), "2026-03-03");
            ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey(CaseReviewReferral.KEY, facts);
            assertThat(referral).isEnded().hasPassed(CaseReviewReferral.Elements.PASS_TO_SERIOUS_INCIDENT_NOTIFICATION);
            String sin = historicVariable(engine, referral, CaseReviewReferral.SERIOUS_INCIDENT_NOTIFICATION_REFERENCE.name());
            ProcessInstance notification = byReference(engine, sin);
            assertThat(variable(engine, notification, CaseVariables.EDITION.name())).isEqualTo("wt2023");
            complete(engine, notification, SeriousIncidentNotification.Elements.NOTIFY_PANEL, Variables.createVariables()
                .putValue(SeriousIncidentNotification.PANEL_NOTIFIED_ON.name(), "2026-03-04")
                .putValue(SeriousIncidentNotification.PANEL_NOTIFIED_HOW.name(), "Online notification system")
                .putValue(SeriousIncidentNotification.LOOKED_AFTER_CHILD.name(), false));
            complete(engine, notification, SeriousIncidentNotification.Elements.TELL_SAFEGUARDING_PARTNERS, Variables.createVariables()
                .putValue(SeriousIncidentNotification.PARTNERS_TOLD_ON.name(), "2026-03-04")
                .putValue(SeriousIncidentNotification.PARTNERS_TOLD_HOW.name(), "Email to the three partners"));
            Jobs.fire(engine, notification.getId(), SeriousIncidentNotification.Elements.START_RAPID_REVIEW);
            assertThat(notification).isEnded();

            ProcessInstance rapid = byReference(engine,
                historicVariable(engine, notification, SeriousIncidentNotification.RAPID_REVIEW_REFERENCE.name()));
            assertThat(variable(engine, rapid, CaseVariables.EDITION.name())).isEqualTo("wt2023");
            complete(engine, rapid, RapidReview.Elements.ASK_AGENCIES_FOR_FACTS, Variables.createVariables()
                .putValue(RapidReview.INVOLVED_AGENCIES.name(), List.of("agency-police")));
            complete(engine, rapid, RapidReview.Elements.PROVIDE_AGENCY_FACTS, Variables.createVariables()
                .putValue(RapidReview.AGENCY_FACTS.name(), "Two call-outs in February"));
            complete(engine, rapid, RapidReview.Elements.CONSIDER_CRITERIA, Variables.createVariables()
                .putValue(RapidReview.IMPROVEMENTS_NEEDED.name(), true).putValue(RapidReview.RECURRENT_THEMES.name(), false)
                .putValue(RapidReview.AGENCIES_WORKING_TOGETHER_CONCERN.name(), true)
                .putValue(RapidReview.PANEL_ADVISED_LOCAL_REVIEW.name(), false));
            complete(engine, rapid, RapidReview.Elements.DECIDE_LCSPR, Variables.createVariables()
                .putValue(RapidReview.DECIDED_REVIEW.name(), RapidReview.LCSPR));
            complete(engine, rapid, RapidReview.Elements.SEND_TO_PANEL, Variables.createVariables()
                .putValue(RapidReview.SENT_TO_PANEL_ON.name(), "2026-03-04"));
            complete(engine, rapid, RapidReview.Elements.RECORD_PANEL_RESPONSE, Variables.createVariables()
                .putValue(RapidReview.PANEL_RESPONSE.name(), RapidReview.AGREED));
            complete(engine, rapid, RapidReview.Elements.RECORD_FINDINGS, Map.of(LearningLoop.FINDINGS.name(),
                "Police call-outs were not shared with health"));
            Jobs.fire(engine, rapid.getId(), RapidReview.Elements.HAND_FINDINGS_TO_LEARNING_LOOP);
            Jobs.fire(engine, rapid.getId(), RapidReview.Elements.START_LCSPR);
            assertThat(rapid).isEnded().hasPassed(RapidReview.Elements.LCSPR_TO_COMMISSION);
            ProcessInstance lcspr = byReference(engine, historicVariable(engine, rapid, RapidReview.LCSPR_REFERENCE.name()));
            assertThat(lcspr.getBusinessKey()).as("the local review the partners decided on").startsWith("LCSPR-");
            assertThat(variable(engine, lcspr, CaseVariables.EDITION.name())).isEqualTo("wt2023");
            assertThat(app.bean(LearningHandovers.class).find(rapid.getBusinessKey()))
                .hasValueSatisfying(handover -> assertThat(handover.learningCycleReference()).startsWith("LRN-"));

            // the local review, step by step to publication and the partners' response, into its learning cycle
            LocalReviewCase.of(engine, lcspr).toAcceptance("2026-03-04")
                // 7 working days' notice to the Panel and the Secretary of State: Wednesday 4 to Friday 13 March
                .sentForPublication("2026-03-04", "2026-03-13");
            clockAt("2026-03-13T10:00:00Z");
            LocalReviewCase.of(engine, lcspr).published("2026-03-13", "https://example.org/lcspr")
                .partnersResponded().findingsHandedOver("Police and health to share call-outs");
            assertThat(lcspr).isEnded().hasPassed(LocalChildSafeguardingPracticeReview.Elements.PUBLISH_REPORT);
            String cycleReference = app.bean(LearningHandovers.class).find(lcspr.getBusinessKey()).orElseThrow()
                .learningCycleReference();
            ProcessInstance cycle = byReference(engine, cycleReference);
            assertThat(cycle).isWaitingAt(LearningCycle.Elements.IDENTIFY_LESSONS);
            assertThat(variable(engine, cycle, CaseVariables.SOURCE_REFERENCE.name())).isEqualTo(lcspr.getBusinessKey());
            assertThat(variable(engine, cycle, CaseVariables.EDITION.name())).isEqualTo("wt2023");
            // its first lesson enters the learning register
            complete(engine, cycle, LearningCycle.Elements.IDENTIFY_LESSONS, Variables.createVariables()
                .putValue(LearningCycle.LESSON_ENTRIES.name(), Spin.JSON(List.of(new LearningCycle.LessonEntry(
                    "Police share call-outs with health within a day", List.of("information-sharing"))))));
            assertThat(app.bean(LearningRegister.class).hasLesson(cycleReference + "/1"))
                .as("the local review's lesson in the register").isTrue();

            // the old review carries on, under the model version and edition it started with
            ScrCase review = ScrCase.reopen(engine, scr);
            assertThat(review.instance().getProcessDefinitionId()).isEqualTo(scrDefinition);
            assertThat(variable(engine, review.instance(), CaseVariables.EDITION.name())).isEqualTo("wt2013");
            review.contributionsGathered().drafted().panelDecides(true, null).boardDecides(true, null).boardResponded();
            clockAt("2026-07-01T09:00:00Z");
            review.copySent("2026-07-01", "2026-07-08");
            clockAt("2026-07-08T09:00:00Z");
            review.published("2026-07-08").findingsRecorded("Agencies did not share what they knew");
            review.fire(SeriousCaseReview.Elements.HAND_OVER_FINDINGS);
            clockAt("2027-07-08T16:00:01Z");
            review.fire(SeriousCaseReview.Elements.PUBLICATION_PERIOD_ENDED);
            review.complete(SeriousCaseReview.Elements.DECIDE_AFTER_PUBLICATION_PERIOD, Map.of(
                SeriousCaseReview.KEEP_PUBLISHED.name(), false,
                SeriousCaseReview.PUBLICATION_NOTE.name(), "Archived in the partners' records"));
            assertThat(review.instance()).isEnded();
            assertThat(app.bean(LearningHandovers.class).find(scr)).as("the SCR's findings reached the learning loop")
                .hasValueSatisfying(handover -> assertThat(handover.sourceType()).isEqualTo(SeriousCaseReview.KEY));
        }
    }

    private static Map<String, String> settings(Path dataDir, String edition) {
        return Map.of("learningloop.data-dir", dataDir.toAbsolutePath().toString(), "learningloop.edition", edition);
    }

    private static void clockAt(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    private static ProcessInstance byReference(ProcessEngine engine, String reference) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(reference).singleResult();
        assertThat(instance).as("running case %s", reference).isNotNull();
        return instance;
    }

    private static Object variable(ProcessEngine engine, ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private static String historicVariable(ProcessEngine engine, ProcessInstance instance, String name) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
            .variableName(name).singleResult().getValue();
    }

    private static void complete(ProcessEngine engine, ProcessInstance instance, String taskKey, Map<String, Object> answers) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open tasks %s of %s", taskKey, instance.getBusinessKey()).hasSize(1);
        engine.getTaskService().complete(tasks.get(0).getId(), answers);
    }
}
