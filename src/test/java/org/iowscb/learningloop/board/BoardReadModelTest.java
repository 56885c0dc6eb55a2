package org.iowscb.learningloop.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.audit.section11audit.Section11Audit;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessment;
import org.iowscb.learningloop.casereview.seriouscasereview.ScrCase;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.CamundaRest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read model the board page counts and pages from agrees with the engine, case by case, as the
 * cases move: started, a task done, a due date moved, a revised timetable, ended; and a rebuild
 * gives the same rows.
 */
class BoardReadModelTest extends ApplicationTest {

    private static final BoardScope BOARD = new BoardScope("board", true, List.of());

    @Autowired
    BoardReadModel readModel;
    @Autowired
    OpenCases openCases;
    @Autowired
    WorkingDays workingDays;

    @Test
    @DisplayName("after each change, and after a rebuild, every case's row is the one the engine gives")
    void agreesWithTheEngine() {
        LocalDate today = workingDays.today();
        String late = ScrCase.referredByThePolice(engine, today.minusMonths(7));
        String fresh = ScrCase.referredByThePolice(engine, today);
        agree(late, fresh);

        // a task is done: the stage moves on
        Task notify = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(fresh).list().get(0);
        engine.getTaskService().setDueDate(notify.getId(), java.util.Date.from(Instant.now().plus(40, ChronoUnit.DAYS)));
        agree(late, fresh);

        // a revised timetable moves the clock and counts as slippage
        String lateId = processInstanceId(late);
        engine.getRuntimeService().setVariable(lateId, SeriousCaseReview.REVISED_COMPLETION_ON.name(),
            today.plusMonths(2).toString());
        Map<String, CaseRow> rows = agree(late, fresh);
        assertThat(rows.get(late).revisions()).isEqualTo(1);
        assertThat(rows.get(late).rag()).isEqualTo(Rag.GREEN);

        // time passes: the status is read against today, from the dates kept
        clockAt(Instant.now().plus(400, ChronoUnit.DAYS).toString());
        agree(late, fresh);

        // the case ends: its row goes
        engine.getRuntimeService().deleteProcessInstance(processInstanceId(fresh), "the test is over");
        assertThat(page(fresh)).isEmpty();

        readModel.rebuild();
        agree(late);
    }

    @Test
    @DisplayName("only the business unit or an administrator rebuilds it")
    void rebuildIsForTheBusinessUnit() {
        ScrCase.referredByThePolice(engine, workingDays.today());
        assertThat(rest.send("police", "POST", "/board/read-model/rebuild", null).statusCode()).isEqualTo(403);
        var rebuilt = rest.send("bu", "POST", "/board/read-model/rebuild", null);
        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(CamundaRest.json(rebuilt).path("openCases").asInt()).isPositive();
    }

    @Test
    @DisplayName("the returns agencies owe in the audits: the read model's counts are the engine's, as the Board and as the police")
    void returnsAgreeWithTheEngine() {
        String cycle = engine.getRuntimeService().startProcessInstanceByKey(Section11Audit.KEY, Variables.createVariables()
            .putValue(Section11Audit.AGENCIES.name(), "agency-police, agency-health")
            .putValue(SelfAssessment.DEADLINE.name(), workingDays.today().plusMonths(2).toString())).getId();
        BoardScope police = new BoardScope("police", false, List.of("agency-police"));
        assertThat(readModel.outstandingReturns(BOARD)).as("the board sees both agencies' returns")
            .isEqualTo(openCases.outstandingReturns(BOARD, Board.AUDITS))
            .extracting(OpenCases.Outstanding::group).contains("agency-police", "agency-health");
        assertThat(readModel.outstandingReturns(police)).isEqualTo(openCases.outstandingReturns(police, Board.AUDITS))
            .extracting(OpenCases.Outstanding::group).containsExactly("agency-police");

        // the police's return falls overdue
        Task policeReturn = engine.getTaskService().createTaskQuery().processInstanceId(cycle)
            .taskCandidateGroup("agency-police").singleResult();
        engine.getTaskService().setDueDate(policeReturn.getId(), java.util.Date.from(Instant.now().minus(3, ChronoUnit.DAYS)));
        assertThat(readModel.outstandingReturns(police)).isEqualTo(openCases.outstandingReturns(police, Board.AUDITS))
            .singleElement().extracting(OpenCases.Outstanding::overdue).isNotEqualTo(0);

        // the audit ends: its returns go
        engine.getRuntimeService().deleteProcessInstance(cycle, "the test is over");
        assertThat(readModel.outstandingReturns(BOARD)).isEqualTo(openCases.outstandingReturns(BOARD, Board.AUDITS));
    }

    /** The read model's rows of these cases equal the engine's, field by field; returns them. */
    private Map<String, CaseRow> agree(String... references) {
        Map<String, CaseRow> fromEngine = openCases.all(new BoardScope("board", true, List.of())).stream()
            .filter(row -> List.of(references).contains(row.reference()))
            .collect(Collectors.toMap(CaseRow::reference, Function.identity()));
        assertThat(fromEngine.keySet()).containsExactlyInAnyOrder(references);
        Map<String, CaseRow> fromModel = new java.util.HashMap<>();
        for (String reference : references) {
            List<CaseRow> found = page(reference);
            assertThat(found).as("the read model's row of %s", reference).hasSize(1);
            fromModel.put(reference, found.get(0));
        }
        fromEngine.forEach((reference, engineRow) -> assertThat(fromModel.get(reference))
            .as("the read model's row of %s", reference)
            .usingRecursiveComparison().ignoringFields("type", "daysLeft").isEqualTo(engineRow));
        return fromModel;
    }

    private List<CaseRow> page(String reference) {
        return readModel.page(new BoardScope("board", true, List.of()),
            new Board.Filter(null, null, null, reference, 1), workingDays.today(), 50).rows();
    }

    private String processInstanceId(String reference) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .singleResult().getId();
    }

}
