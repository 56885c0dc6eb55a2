package org.iowscb.learningloop.board;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.edition.Edition;
import org.iowscb.learningloop.platform.edition.Editions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code GET /board/}: the board page, in the GOV.UK design system. The signed-in person (the
 * webapps' session, or HTTP Basic) decides what it shows ({@link BoardScope}). It says whom it is
 * for as the edition new cases follow names them ("the Board", "the safeguarding partners"). {@code GET
 * /board/summary} gives the counts of cases by status as JSON, for the Cockpit dashboard tile.
 */
@Controller
@RequestMapping("/board")
class BoardController {

    private final Board board;
    private final BoardReadModel readModel;
    private final IdentityService identity;
    private final LearningLoopProperties properties;
    private final Editions editions;

    BoardController(Board board, BoardReadModel readModel, IdentityService identity, LearningLoopProperties properties,
                    Editions editions) {
        this.board = board;
        this.readModel = readModel;
        this.identity = identity;
        this.properties = properties;
        this.editions = editions;
    }

    @GetMapping({"", "/"})
    String page(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
                @RequestParam(required = false) String agency, @RequestParam(required = false) String reference,
                @RequestParam(required = false) String page,
                Model model) {
        BoardScope scope = BoardScope.of(identity);
        Board.Filter filter = new Board.Filter(type(type), status(status), blankToNull(agency),
            reference(reference), page(page));
        Board.View view = board.view(scope, filter);
        if (filter.agency() != null && !view.agencies().contains(filter.agency())) {
            throw new BoardRequestException("The agency or school chosen is not one of the board's: choose one from the list.");
        }
        model.addAttribute("view", view);
        model.addAttribute("boardName", properties.boardName());
        Edition edition = editions.forNewCase();
        model.addAttribute("boardTerm", editions.boardName(edition));
        model.addAttribute("editionTitle", edition.title());
        model.addAttribute("charts", charts(view));
        return "board/index";
    }

    @GetMapping(value = "/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> summary() {
        Map<Rag, Integer> counts = board.statusCounts(BoardScope.of(identity));
        Map<String, Object> summary = new LinkedHashMap<>();
        counts.forEach((rag, count) -> summary.put(rag.name().toLowerCase(Locale.ROOT), count));
        summary.put("boardPage", "/board/");
        return summary;
    }

    /**
     * Rebuilds the read model from the engine (after a restore of the database, say): for the business
     * unit and the administrators. Answers how many open cases it holds.
     */
    @org.springframework.web.bind.annotation.PostMapping(value = "/read-model/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    org.springframework.http.ResponseEntity<Map<String, Object>> rebuild() {
        BoardScope scope = BoardScope.of(identity);
        if (scope.groups().stream().noneMatch(REBUILDERS::contains)) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                "Only the business unit or an administrator can rebuild the board page's figures."));
        }
        return org.springframework.http.ResponseEntity.ok(Map.of("openCases", readModel.rebuild()));
    }

    static final java.util.Set<String> REBUILDERS = java.util.Set.of(
        org.iowscb.learningloop.platform.identity.Groups.BUSINESS_UNIT, org.iowscb.learningloop.platform.identity.Groups.CAMUNDA_ADMIN);

    @ExceptionHandler(BoardRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BoardRequestException problem, Model model) {
        model.addAttribute("boardName", properties.boardName());
        model.addAttribute("problem", problem.getMessage());
        return "board/problem";
    }

    /** The figures the page's charts draw, as the chart script reads them. */
    private static Map<String, Object> charts(Board.View view) {
        Map<String, Object> charts = new LinkedHashMap<>();
        Map<String, Integer> status = new LinkedHashMap<>();
        view.cases().byStatus().forEach((rag, count) -> status.put(rag.label(), count));
        charts.put("status", status);
        charts.put("actionsByOwner", view.actionsByOwner().stream().map(owner -> Map.of(
            "owner", view.groupName(owner.ownerGroup()), "open", owner.open() - owner.overdue(),
            "overdue", owner.overdue(), "done", owner.done())).toList());
        charts.put("themes", view.themes().stream().map(theme -> Map.of("theme", theme.label(),
            "lessons", theme.lessons(), "cases", theme.cases())).toList());
        charts.put("timeliness", view.timeliness().stream().map(line -> Map.of("type", line.type(),
            "started", line.started(), "finished", line.finished(), "onTime", line.finishedOnTime())).toList());
        return charts;
    }

    private static String type(String type) {
        String key = blankToNull(type);
        if (key != null && CaseType.ofProcessKey(key).isEmpty()) {
            throw new BoardRequestException("The type of case is not one the board knows: choose one from the list.");
        }
        return key;
    }

    private static Rag status(String status) {
        String value = blankToNull(status);
        if (value == null) {
            return null;
        }
        return Arrays.stream(Rag.values()).filter(rag -> rag.name().equalsIgnoreCase(value)).findFirst()
            .orElseThrow(() -> new BoardRequestException("The status must be red, amber, green or none."));
    }

    private static String reference(String reference) {
        String value = blankToNull(reference);
        if (value != null && !value.matches("[A-Za-z0-9-]{1,40}")) {
            throw new BoardRequestException("A case reference has letters, digits and hyphens only, such as SCR-2026-0001.");
        }
        return value;
    }

    private static int page(String page) {
        String value = blankToNull(page);
        if (value == null) {
            return 1;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new BoardRequestException("The page must be a whole number, such as 2.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A filter the board page cannot apply; answered 400 with a sentence that says which. */
    static class BoardRequestException extends RuntimeException {
        BoardRequestException(String message) {
            super(message);
        }
    }
}
