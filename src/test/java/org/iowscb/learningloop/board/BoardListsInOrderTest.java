package org.iowscb.learningloop.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.iowscb.learningloop.casereview.seriouscasereview.ScrCase;
import org.iowscb.learningloop.learning.LearningFigures;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.learning.LearningRegister.ActionState;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board page's lists are read a status (or a state) at a time along an index, so that a page
 * costs what it shows: page after page they still list every case once, in the page's order, and the
 * action list keeps its order: overdue first, then open, then done, each by due date.
 */
class BoardListsInOrderTest extends ApplicationTest {

    private static final BoardScope BOARD = new BoardScope("board", true, List.of());
    private static final String HEALTH = "agency-health";
    private static final List<Rag> ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NONE);

    @Autowired
    BoardReadModel readModel;
    @Autowired
    OpenCases openCases;
    @Autowired
    LearningFigures figures;
    @Autowired
    LearningRegister register;
    @Autowired
    WorkingDays workingDays;

    @Test
    @DisplayName("page after page of three, every open case once: late, due soon, on track, no clock, each by due date")
    void casesPageByPage() {
        LocalDate today = workingDays.today();
        ScrCase.referredByThePolice(engine, today.minusMonths(8));
        ScrCase.referredByThePolice(engine, today.minusMonths(7));
        ScrCase.referredByThePolice(engine, today.minusMonths(5));
        ScrCase.referredByThePolice(engine, today);
        ScrCase.referredByThePolice(engine, today);

        List<String> expected = openCases.all(BOARD).stream()
            .sorted(Comparator.comparing((CaseRow row) -> ORDER.indexOf(row.rag()))
                .thenComparing(CaseRow::clockDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaseRow::reference))
            .map(CaseRow::reference).toList();
        List<String> paged = new ArrayList<>();
        BoardReadModel.Page first = readModel.page(BOARD, new Board.Filter(null, null, null, null, 1), today, 3);
        int pages = (first.matched() + 2) / 3;
        for (int page = 1; page <= pages; page++) {
            readModel.page(BOARD, new Board.Filter(null, null, null, null, page), today, 3).rows()
                .forEach(row -> paged.add(row.reference()));
        }
        assertThat(first.byStatus().get(Rag.RED)).as("late cases").isPositive();
        assertThat(first.byStatus().get(Rag.GREEN)).as("cases on track").isPositive();
        assertThat(paged).containsExactlyElementsOf(expected);

        List<String> lateOnly = new ArrayList<>();
        for (int page = 1; page <= (first.byStatus().get(Rag.RED) + 2) / 3; page++) {
            readModel.page(BOARD, new Board.Filter(null, Rag.RED, null, null, page), today, 3).rows()
                .forEach(row -> lateOnly.add(row.reference()));
        }
        assertThat(lateOnly).containsExactlyElementsOf(expected.subList(0, first.byStatus().get(Rag.RED)));
    }

    @Test
    @DisplayName("the actions: overdue first, then open, then done, each by due date, as the whole register sorted says")
    void actionsInOrder() {
        LocalDate today = workingDays.today();
        String lesson = "LRN-ORDER-1";
        register.recordLesson(lesson, "LC-ORDER", "SCR-ORDER", ScrCase.class.getSimpleName(), "Share the plan", List.of(), today);
        String[][] actions = {{"ACT-ORDER-1", "-20"}, {"ACT-ORDER-2", "-5"}, {"ACT-ORDER-3", "10"}, {"ACT-ORDER-4", "30"},
            {"ACT-ORDER-5", "-40"}, {"ACT-ORDER-6", "3"}, {"ACT-ORDER-7", "-1"}};
        for (String[] action : actions) {
            register.recordAction(action[0], "LC-ORDER", lesson, "Brief the teams", HEALTH, Groups.BUSINESS_UNIT,
                today.plusDays(Long.parseLong(action[1])));
        }
        register.actionEvidence("ACT-ORDER-2", "Briefing notes");
        register.completeAction("ACT-ORDER-5", today.minusDays(1));
        register.actionState("ACT-ORDER-6", ActionState.RETURNED);
        register.actionState("ACT-ORDER-7", ActionState.OVERDUE);

        List<String> wholeRegisterSorted = figures.actions(null, today, 10_000, "").stream()
            .map(LearningFigures.ActionLine::reference).toList();
        for (int limit : new int[] {1, 2, 3, 5, 50, 10_000}) {
            assertThat(figures.actions(null, today, limit, null).stream().map(LearningFigures.ActionLine::reference))
                .as("the first %d actions", limit)
                .containsExactlyElementsOf(wholeRegisterSorted.subList(0, Math.min(limit, wholeRegisterSorted.size())));
        }
        List<String> health = figures.actions(List.of(HEALTH), today, 10_000, null).stream()
            .map(LearningFigures.ActionLine::reference).filter(reference -> reference.startsWith("ACT-ORDER-")).toList();
        assertThat(health).containsExactly("ACT-ORDER-1", "ACT-ORDER-7", "ACT-ORDER-2", "ACT-ORDER-6", "ACT-ORDER-3",
            "ACT-ORDER-4", "ACT-ORDER-5");
    }
}
