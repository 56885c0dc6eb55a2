package org.iowscb.learningloop.board;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.iowscb.learningloop.platform.edition.Editions;
import org.iowscb.learningloop.platform.csv.CsvText;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Board's annual report of a reporting year: {@code GET /board/report?year=2026} (the page, with a
 * year chooser and, for the Board, its business unit and the administrators, the forms of the narrative
 * sections), {@code GET /board/report.pdf?year=2026} (the same content as PDF) and {@code GET
 * /board/report/{table}.csv?year=2026} (each table). Without a year: the year today falls in.
 * <p>
 * The report is the Board's publication on the whole partnership, so it is served whole, to the people who
 * see everything on the board page (the Board, the business unit, the sub-groups, the administrators). An
 * agency or a school gets 403 and a sentence sending it to the board page, where its own work is: a report
 * cut to one agency would be another document, and a partial copy of the Board's report could be mistaken
 * for it.
 */
@Controller
@RequestMapping("/board")
class ReportController {

    /** The longest narrative section, as every narrative the application takes. */
    static final int MAX_NARRATIVE = InputCheck.MAX_NARRATIVE;
    /** Who writes the Board's narrative: the Board, the business unit that drafts it, the administrators. */
    static final Set<String> WRITERS = Set.of(Groups.BOARD, Groups.BUSINESS_UNIT, Groups.CAMUNDA_ADMIN);
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final int YEARS_CHOSEN_FROM = 5;

    private final AnnualReports reports;
    private final ReportNarratives narratives;
    private final ReportPdf pdf;
    private final IdentityService identity;
    private final LearningLoopProperties properties;
    private final Editions editions;

    ReportController(AnnualReports reports, ReportNarratives narratives, ReportPdf pdf, IdentityService identity,
                     LearningLoopProperties properties, Editions editions) {
        this.reports = reports;
        this.narratives = narratives;
        this.pdf = pdf;
        this.identity = identity;
        this.properties = properties;
        this.editions = editions;
    }

    /** What the edition new cases follow calls the board ("the Board", "the safeguarding partners"). */
    private String boardTerm() {
        return editions.boardName(editions.forNewCase());
    }

    /** "the Board's", "the safeguarding partners'". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** The name at the start of a sentence: "The safeguarding partners". */
    static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(java.util.Locale.UK) + name.substring(1);
    }

    @GetMapping("/report")
    String page(@RequestParam(required = false) String year, Model model) {
        BoardScope scope = reader();
        AnnualReport report = reports.of(year(year));
        model.addAttribute("report", report);
        model.addAttribute("charts", ReportCharts.of(report));
        model.addAttribute("boardName", properties.boardName());
        model.addAttribute("reportOf", "Report of " + boardTerm());
        model.addAttribute("ownSections", capitalised(possessive(boardTerm())) + " own sections");
        model.addAttribute("years", years(report.year().year()));
        model.addAttribute("tables", Arrays.stream(ReportCsv.values()).map(ReportCsv::id).toList());
        model.addAttribute("canWrite", scope.groups().stream().anyMatch(WRITERS::contains));
        model.addAttribute("maxNarrative", MAX_NARRATIVE);
        return "board/report";
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String year) {
        reader();
        AnnualReport report = reports.of(year(year));
        byte[] file = pdf.of(report, ReportCharts.of(report), properties.boardName(), "Report of " + boardTerm());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment(
                "annual-report-" + report.year().label().replace('/', '-') + ".pdf"))
            .body(file);
    }

    @GetMapping("/report/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String year) {
        reader();
        ReportCsv csv = ReportCsv.of(table).orElseThrow(() -> new ReportRequestException(HttpStatus.NOT_FOUND,
            "The report has no table called " + shortened(table) + ": the tables are " + ReportCsv.ids() + "."));
        AnnualReport report = reports.of(year(year));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CsvText.MEDIA_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment(csv.filename(report)))
            .body(csv.of(report).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/report/narrative")
    String narrative(@RequestParam(required = false) String year, @RequestParam(required = false) String section,
                     @RequestParam(required = false) String text) {
        BoardScope scope = reader();
        if (scope.groups().stream().noneMatch(WRITERS::contains)) {
            throw new ReportRequestException(HttpStatus.FORBIDDEN,
                "Only " + boardTerm() + ", the business unit and the administrators write the report's narrative.");
        }
        if (year == null || year.isBlank()) {
            throw new ReportRequestException(HttpStatus.BAD_REQUEST,
                "The year is missing: say which reporting year the narrative is for, such as 2026.");
        }
        ReportingYear reportingYear = year(year);
        NarrativeSection chosen = NarrativeSection.of(section == null ? "" : section.trim())
            .orElseThrow(() -> new ReportRequestException(HttpStatus.BAD_REQUEST, "The section must be one of "
                + String.join(", ", Arrays.stream(NarrativeSection.values()).map(NarrativeSection::id).toList()) + "."));
        String body = text == null ? "" : text.strip();
        if (body.length() > MAX_NARRATIVE) {
            throw new ReportRequestException(HttpStatus.BAD_REQUEST, String.format(
                "The text is %,d characters long: a narrative section holds at most %,d.", body.length(), MAX_NARRATIVE));
        }
        if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new ReportRequestException(HttpStatus.BAD_REQUEST,
                "The text holds a control character: type or paste plain text.");
        }
        narratives.write(reportingYear.year(), chosen, body, scope.userId(), java.time.Instant.now());
        return "redirect:" + UriComponentsBuilder.fromPath("/board/report").queryParam("year", reportingYear.year())
            .fragment("narrative-" + chosen.id()).build().toUriString();
    }

    @ExceptionHandler(ReportRequestException.class)
    String refused(ReportRequestException problem, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("boardName", properties.boardName());
        model.addAttribute("problem", problem.getMessage());
        return "board/problem";
    }

    /** The person asking, if they may read the report: the Board's and its oversight groups' scope. */
    private BoardScope reader() {
        BoardScope scope = BoardScope.of(identity);
        if (!scope.everything()) {
            throw new ReportRequestException(HttpStatus.FORBIDDEN, "The annual report is " + possessive(boardTerm())
                + " publication on "
                + "the whole partnership; your own agency's or school's cases, actions and returns are on the board page.");
        }
        return scope;
    }

    private ReportingYear year(String year) {
        if (year == null || year.isBlank()) {
            return reports.currentYear();
        }
        String value = year.trim();
        if (!value.matches("\\d{4}") || Integer.parseInt(value) < FIRST_YEAR || Integer.parseInt(value) > LAST_YEAR) {
            throw new ReportRequestException(HttpStatus.BAD_REQUEST, "The year must be the year a reporting year "
                + "starts in, written as four digits from " + FIRST_YEAR + " to " + LAST_YEAR + ", such as 2026.");
        }
        return reports.year(Integer.parseInt(value));
    }

    /** The years the chooser offers: the last few up to the current one, and the one shown. */
    private List<Integer> years(int shown) {
        int current = reports.currentYear().year();
        List<Integer> years = new ArrayList<>(IntStream.rangeClosed(current - YEARS_CHOSEN_FROM, current).boxed()
            .sorted(java.util.Comparator.reverseOrder()).toList());
        if (!years.contains(shown)) {
            years.add(0, shown);
        }
        return years;
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** A request the report cannot answer: its status and a sentence saying why. */
    static class ReportRequestException extends RuntimeException {

        private final HttpStatus status;

        ReportRequestException(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }
}
