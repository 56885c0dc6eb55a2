package org.iowscb.learningloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.support.RunningApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default profile's first start with {@code learningloop.demo.cases} on, on a fresh H2 file,
 * and what a newcomer would notice on the board page; then a second start on the same database,
 * which adds nothing. It boots its own application ({@link RunningApplication}), twice: the shared
 * test context never seeds demo cases, and a restart is part of what it tests.
 */
class DemoCasesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("the first start seeds a believable year through the engine; a second start adds nothing")
    void aYearOfCasesOnceOnly(@TempDir Path dataDir) {
        Map<String, String> laptop = Map.of("learningloop.data-dir", dataDir.toString(),
            RunningApplication.DEMO_CASES, "true");
        Map<String, Long> first;
        try (RunningApplication app = RunningApplication.start("", laptop)) {
            ProcessEngine engine = app.engine();
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            whatANewcomerNotices(engine, jdbc);
            first = counts(engine, jdbc);
        }
        try (RunningApplication app = RunningApplication.start("", laptop)) {
            assertThat(counts(app.engine(), app.bean(JdbcTemplate.class))).as("after a second start").isEqualTo(first);
        }
    }

    private static void whatANewcomerNotices(ProcessEngine engine, JdbcTemplate jdbc) {
        Date now = new Date();
        List<ProcessInstance> scrs = open(engine, CaseType.SERIOUS_CASE_REVIEW);
        assertThat(scrs).as("open serious case reviews").hasSizeGreaterThanOrEqualTo(2);
        assertThat(scrs).as("one past its %d months, one on track", SeriousCaseReview.TARGET_MONTHS)
            .anySatisfy(scr -> assertThat(initiatedOn(engine, scr)).isBefore(TODAY.minusMonths(SeriousCaseReview.TARGET_MONTHS)))
            .anySatisfy(scr -> assertThat(initiatedOn(engine, scr)).isAfter(TODAY.minusMonths(SeriousCaseReview.TARGET_MONTHS)));
        assertThat(open(engine, CaseType.MULTI_AGENCY_CASE_REVIEW)).as("a multi-agency case review past its target date")
            .anySatisfy(macr -> assertThat(LocalDate.parse((String) engine.getRuntimeService()
                .getVariable(macr.getId(), MultiAgencyCaseReview.TARGET_DATE.name()))).isBefore(TODAY));
        assertThat(open(engine, CaseType.CASE_REVIEW_REFERRAL)).as("referrals waiting").hasSizeGreaterThanOrEqualTo(2);

        assertThat(overdueTasks(engine, CaseType.SECTION_11_AUDIT, now)).as("section 11 returns outstanding and overdue")
            .isNotEmpty().allSatisfy(task -> assertThat(candidateGroups(engine, task)).anyMatch(g -> g.startsWith("agency-")));
        assertThat(overdueTasks(engine, CaseType.SECTION_175_AUDIT, now)).as("a school not returned").isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ll_self_assessment", Long.class))
            .as("self-assessments returned").isPositive();

        assertThat(jdbc.queryForObject("select count(*) from ll_action where due_on < ? and state <> 'COMPLETED'",
            Long.class, java.sql.Date.valueOf(TODAY))).as("improvement actions overdue").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from ll_action where state = 'COMPLETED' and evidence is not null",
            Long.class)).as("improvement actions done, with evidence").isPositive();
        assertThat(jdbc.queryForObject("select count(distinct lesson_id) from ll_lesson_theme", Long.class))
            .as("lessons with themes in the register").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from ll_dissemination where state = 'DONE'", Long.class))
            .as("dissemination done").isPositive();

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().completed()
            .processDefinitionKeyIn(CaseType.MULTI_AGENCY_CASE_REVIEW.processKey(), CaseType.THEMATIC_CASE_AUDIT.processKey(),
                CaseType.LEARNING_CYCLE.processKey()).count()).as("finished reviews, audits and learning cycles")
            .isGreaterThanOrEqualTo(3);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().startedBefore(java.sql.Date.valueOf(
            TODAY.minusMonths(10))).count()).as("cases spread over the year").isPositive();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("failed jobs").isZero();
    }

    private static List<ProcessInstance> open(ProcessEngine engine, CaseType type) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(type.processKey()).list();
    }

    private static LocalDate initiatedOn(ProcessEngine engine, ProcessInstance scr) {
        return LocalDate.parse((String) engine.getRuntimeService().getVariable(scr.getId(),
            SeriousCaseReview.INITIATED_ON.name()));
    }

    private static List<Task> overdueTasks(ProcessEngine engine, CaseType type, Date now) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(type.processKey()).dueBefore(now).list();
    }

    private static List<String> candidateGroups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .map(link -> link.getGroupId()).filter(java.util.Objects::nonNull).toList();
    }

    private static Map<String, Long> counts(ProcessEngine engine, JdbcTemplate jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("cases", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
        counts.put("tasks", engine.getHistoryService().createHistoricTaskInstanceQuery().count());
        for (String table : List.of("ll_lesson", "ll_action", "ll_dissemination", "ll_agency_return", "ll_self_assessment")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
