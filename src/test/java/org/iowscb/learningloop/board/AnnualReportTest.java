package org.iowscb.learningloop.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.audit.section11audit.Section11Audit;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessment;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview;
import org.iowscb.learningloop.casereview.seriouscasereview.ScrCase;
import org.iowscb.learningloop.learning.LearningFigures;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.learning.learningcycle.DisseminationMethod;
import org.iowscb.learningloop.learning.learningregister.Csv;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.support.DemoUsers;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual report against a year made by hand: 2041/42, far from every other test's cases, so only this
 * class's cases fall in it. Two child deaths reviewed (infection, malignancy), a serious case review started
 * and published, a section 11 self-assessment with one gap, two lessons with their dissemination and a
 * training follow-up, three actions of the year (two done, one overdue) and one of the next. The child of
 * the first death is named in its circumstances, where a case keeps it: the report must not show the name.
 */
class AnnualReportTest extends ProcessTest {

    static final int YEAR = 2041;
    static final String CHILD = "Tallulah Fenwick-Orme";
    static final String AFTER_THE_YEAR = "2042-05-05T09:00:00Z";
    static final String NARRATIVE = "This year the partnership learnt to share information sooner.";

    /** The cases of the year, made once for the class: every test reads the same year. */
    static Year made;

    record Year(String firstDeath, String secondDeath, String review, String organisation) {
    }

    @Autowired
    LearningRegister register;

    @Autowired
    AnnualReports reports;

    @BeforeEach
    void theYear() {
        if (made == null) {
            made = makeTheYear();
        }
        clockAt(AFTER_THE_YEAR);
    }

    @Test
    @DisplayName("the report counts the hand-made year: started, finished, published, themes, actions, compliance, dissemination, deaths")
    void countsTheYear() {
        AnnualReport report = reports.of(reports.year(YEAR));

        assertThat(report.year().label()).isEqualTo("2041/42");
        assertThat(report.timeliness()).extracting(Timeliness.Line::processKey, Timeliness.Line::started,
                Timeliness.Line::finished, Timeliness.Line::finishedOnTime)
            .containsExactlyInAnyOrder(tuple(ChildDeathReview.KEY, 2, 2, 2), tuple(Section11Audit.KEY, 1, 0, 0),
                tuple(org.iowscb.learningloop.platform.casereference.CaseType.SERIOUS_CASE_REVIEW.processKey(), 1, 0, 0));
        assertThat(report.started()).isEqualTo(4);
        assertThat(report.published()).extracting(p -> p.reference(), p -> p.publishedOn())
            .containsExactly(tuple(made.review(), LocalDate.of(2041, 7, 8)));
        assertThat(report.themes()).extracting(LearningFigures.ThemeCount::code, LearningFigures.ThemeCount::lessons,
                LearningFigures.ThemeCount::cases)
            .containsExactly(tuple("information-sharing", 2, 2), tuple("safe-sleeping", 1, 1));
        assertThat(report.actions()).extracting(LearningFigures.YearAction::reference, LearningFigures.YearAction::done,
                LearningFigures.YearAction::overdue)
            .containsExactly(tuple("ACT-RPT41-4", true, false), tuple("ACT-RPT41-1", true, false),
                tuple("ACT-RPT41-2", false, true));
        assertThat(report.actionsDone()).isEqualTo(2);
        assertThat(report.actionsDoneWithEvidence()).isEqualTo(1);
        assertThat(report.actionsOverdue()).isEqualTo(1);
        assertThat(report.answeredStandards()).hasSize(Section11Audit.STANDARDS.size())
            .allSatisfy(standard -> assertThat(standard.answered()).isEqualTo(1));
        assertThat(report.answeredStandards()).filteredOn(standard -> standard.partiallyMet() == 1).hasSize(1);
        assertThat(report.dissemination()).extracting(LearningFigures.DisseminationCount::method,
                LearningFigures.DisseminationCount::planned, LearningFigures.DisseminationCount::done)
            .containsExactly(tuple(DisseminationMethod.BRIEFING.name(), 2, 1),
                tuple(DisseminationMethod.MULTI_AGENCY_TRAINING.name(), 1, 1));
        assertThat(report.followUps()).extracting(LearningFigures.FollowUp::lessonReference, LearningFigures.FollowUp::result)
            .containsExactly(tuple("LRN-RPT41-1", "Staff now repeat the advice at every visit"));
        assertThat(report.childDeathsReviewed()).isEqualTo(2);
        assertThat(report.childDeaths()).filteredOn(category -> category.deaths() > 0)
            .extracting(category -> category.code(), category -> category.deaths())
            .containsExactlyInAnyOrder(tuple("infection", 1), tuple("malignancy", 1));

        HttpResponse<String> page = get("board", "/board/report?year=" + YEAR);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Annual report 2041/42", "id=\"count-started\">4<",
            "id=\"count-published\">1<", "id=\"count-child-deaths\">2<", made.review(), "data:image/png;base64,");
    }

    @Test
    @DisplayName("the Board writes its narrative; the page, the PDF and the CSV carry it; the PDF opens and holds the counts")
    void narrativeAndPdf() throws Exception {
        HttpResponse<String> saved = post("board", "/board/report/narrative",
            Map.of("year", String.valueOf(YEAR), "section", NarrativeSection.WHAT_WE_LEARNT.id(), "text", NARRATIVE));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/board/report?year=2041#narrative-what-we-learnt");
        assertThat(get("board", "/board/report?year=" + YEAR).body()).contains(NARRATIVE, "<textarea");

        long started = System.nanoTime();
        HttpResponse<byte[]> pdf = bytes("board", "/board/report.pdf?year=" + YEAR);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(millis).as("the PDF of a year in well under 5 s").isLessThan(5_000);
        String text = pdfText(pdf.body());
        assertThat(text).contains("Annual report 2041/42", made.review(), made.firstDeath(), "Infection",
            "Malignancy", "What we learnt", NARRATIVE, "Information sharing", "ACT-RPT41-2", "Overdue",
            "Staff now repeat the advice");
        assertThat(text).doesNotContain("<textarea", "Save");

        List<List<String>> narrative = Csv.rows(get("board", "/board/report/narrative.csv?year=" + YEAR).body());
        assertThat(narrative).containsExactly(List.of("section", "text"), List.of("What we learnt", NARRATIVE));
    }

    @Test
    @DisplayName("every table comes back from its CSV as it went in; a cell a spreadsheet would run is neutralised")
    void csvRoundTrips() {
        for (ReportCsv table : ReportCsv.values()) {
            HttpResponse<String> csv = get("board", "/board/report/" + table.id() + ".csv?year=" + YEAR);
            assertThat(csv.statusCode()).as(table.id()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("annual-report-2041-42-" + table.id() + ".csv");
            List<List<String>> rows = Csv.rows(csv.body());
            assertThat(rows).as(table.id()).isNotEmpty().allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
        }
        assertThat(Csv.rows(get("board", "/board/report/themes.csv?year=" + YEAR).body())).containsExactly(
            List.of("theme", "lessons", "cases"), List.of("Information sharing", "2", "2"), List.of("Safe sleeping", "1", "1"));
        assertThat(Csv.rows(get("board", "/board/report/actions.csv?year=" + YEAR).body()))
            .filteredOn(row -> row.get(0).equals("ACT-RPT41-1")).singleElement()
            .satisfies(row -> assertThat(row.subList(4, 7)).containsExactly("yes", "no", "'=9 of 10 files now hold the child's view, \"audited\""));
        assertThat(Csv.rows(get("board", "/board/report/child-deaths.csv?year=" + YEAR).body()))
            .contains(List.of("Infection", "1"), List.of("Malignancy", "1"),
                List.of("Suicide or deliberate self-inflicted harm", "0"));
        assertThat(Csv.rows(get("board", "/board/report/published.csv?year=" + YEAR).body()))
            .containsExactly(List.of("case_reference", "published_on"), List.of(made.review(), "2041-07-08"));
    }

    @Test
    @DisplayName("no child is named: the page, the PDF and every CSV carry case references only")
    void namesNoChild() throws Exception {
        StringBuilder everything = new StringBuilder(get("board", "/board/report?year=" + YEAR).body());
        everything.append(pdfText(bytes("board", "/board/report.pdf?year=" + YEAR).body()));
        for (ReportCsv table : ReportCsv.values()) {
            everything.append(get("board", "/board/report/" + table.id() + ".csv?year=" + YEAR).body());
        }
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
            .variableName(ChildDeathReview.CIRCUMSTANCES.name()).list())
            .as("the name is in the case").anySatisfy(v -> assertThat(String.valueOf(v.getValue())).contains(CHILD));
        assertThat(everything.toString()).contains(made.firstDeath()).doesNotContain("Tallulah", "Fenwick");
    }

    @Test
    @DisplayName("an agency or school gets 403 and a sentence; a sub-group reads the report without the narrative forms")
    void whoReadsIt() {
        for (String user : List.of("police", "school-a", "reviewer")) {
            HttpResponse<String> refused = get(user, "/board/report?year=" + YEAR);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).contains("The annual report is the Board&#39;s publication on the whole partnership");
            assertThat(bytes(user, "/board/report.pdf?year=" + YEAR).statusCode()).isEqualTo(403);
            assertThat(get(user, "/board/report/themes.csv?year=" + YEAR).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> chair = get("scr-chair", "/board/report?year=" + YEAR);
        assertThat(chair.statusCode()).isEqualTo(200);
        assertThat(chair.body()).contains("Annual report 2041/42").doesNotContain("<textarea");
        HttpResponse<String> notAWriter = post("scr-chair", "/board/report/narrative",
            Map.of("year", String.valueOf(YEAR), "section", "foreword", "text", "From the chair"));
        assertThat(notAWriter.statusCode()).isEqualTo(403);
        assertThat(notAWriter.body()).contains("Only the Board, the business unit and the administrators write");
    }

    @Test
    @DisplayName("a bad year, section or text is a 400 with a sentence naming the field; nothing is saved")
    void badRequests() {
        for (String year : List.of("26", "twenty", "1999", "2026-27")) {
            HttpResponse<String> refused = get("board", "/board/report?year=" + URLEncoder.encode(year, StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).as(year).isEqualTo(400);
            assertThat(refused.body()).contains("The year must be the year a reporting year starts in");
        }
        assertThat(get("board", "/board/report/themes.csv?year=x").statusCode()).isEqualTo(400);
        assertThat(bytes("board", "/board/report.pdf?year=x").statusCode()).isEqualTo(400);
        assertThat(get("board", "/board/report/secrets.csv?year=" + YEAR).statusCode()).isEqualTo(404);

        HttpResponse<String> tooLong = post("board", "/board/report/narrative", Map.of("year", "2040",
            "section", "foreword", "text", "x".repeat(ReportController.MAX_NARRATIVE + 1)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("The text is 20,001 characters long: a narrative section holds at most 20,000.");
        HttpResponse<String> section = post("board", "/board/report/narrative",
            Map.of("year", "2040", "section", "gossip", "text", "Hello"));
        assertThat(section.statusCode()).isEqualTo(400);
        assertThat(section.body()).contains("The section must be one of foreword, what-we-learnt, impact, priorities.");
        assertThat(post("board", "/board/report/narrative", Map.of("section", "foreword", "text", "Hello")).body())
            .contains("The year is missing");
        assertThat(get("board", "/board/report/narrative.csv?year=2040").body()).isEqualTo("section,text\r\n");
        assertThat(get("board", "/board/report").statusCode()).as("no year: the current one").isEqualTo(200);
    }

    // --- the year, through the engine and the register

    private Year makeTheYear() {
        clockAt("2041-04-02T09:00:00Z");
        ScrCase review = ScrCase.start(engine, "2041-04-02").reviewDone("2041-04-02");
        clockAt("2041-07-01T09:00:00Z");
        review.copySent("2041-07-01", "2041-07-08");
        clockAt("2041-07-08T09:00:00Z");
        review.published("2041-07-08");

        clockAt("2041-05-06T09:00:00Z");
        String first = childDeathReviewed("infection", "Found unresponsive at home; " + CHILD + " was taken to hospital");
        String second = childDeathReviewed("malignancy", "Died in hospital after a long illness");

        clockAt("2041-06-02T09:00:00Z");
        String organisation = newAgency();
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(Section11Audit.KEY,
            Variables.createVariables().putValue(Section11Audit.AGENCIES.name(), organisation)
                .putValue(SelfAssessment.DEADLINE.name(), "2041-09-30"));
        Task assessment = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
            .taskCandidateGroup(organisation).singleResult();
        complete(assessment, Answers.allMet(Section11Audit.STANDARDS, "Board minutes")
            .gap(Section11Audit.STANDARDS.get(4), Rating.PARTIALLY_MET, "Refresher training overdue").variables());

        register.recordLesson("LRN-RPT41-1", "LC-RPT41", first, ChildDeathReview.KEY, "Repeat safe sleeping advice",
            List.of("safe-sleeping", "information-sharing"), LocalDate.of(2041, 6, 1));
        register.recordLesson("LRN-RPT41-2", "LC-RPT41", review.reference(), ScrCase.class.getSimpleName(),
            "Share what is known before a conference", List.of("information-sharing"), LocalDate.of(2041, 8, 1));
        register.recordDissemination("LRN-RPT41-1", DisseminationMethod.MULTI_AGENCY_TRAINING.name(),
            Groups.WORKFORCE_DEVELOPMENT, Groups.WORKFORCE_DEVELOPMENT);
        register.disseminationDone("LRN-RPT41-1", DisseminationMethod.MULTI_AGENCY_TRAINING.name(), LocalDate.of(2041, 9, 1));
        register.trainingFollowedUp("LRN-RPT41-1", DisseminationMethod.MULTI_AGENCY_TRAINING.name(),
            "Staff now repeat the advice at every visit");
        register.recordDissemination("LRN-RPT41-1", DisseminationMethod.BRIEFING.name(), Groups.BUSINESS_UNIT, Groups.BOARD);
        register.recordDissemination("LRN-RPT41-2", DisseminationMethod.BRIEFING.name(), Groups.BUSINESS_UNIT, Groups.BOARD);
        register.disseminationDone("LRN-RPT41-2", DisseminationMethod.BRIEFING.name(), LocalDate.of(2041, 10, 1));

        action("ACT-RPT41-1", LocalDate.of(2041, 10, 1));
        register.actionEvidence("ACT-RPT41-1", "=9 of 10 files now hold the child's view, \"audited\"");
        register.completeAction("ACT-RPT41-1", LocalDate.of(2041, 11, 1));
        action("ACT-RPT41-2", LocalDate.of(2041, 12, 1));
        action("ACT-RPT41-3", LocalDate.of(2042, 6, 1));
        action("ACT-RPT41-4", LocalDate.of(2040, 12, 1));
        register.completeAction("ACT-RPT41-4", LocalDate.of(2041, 5, 1));
        return new Year(first, second, review.reference(), organisation);
    }

    private void action(String reference, LocalDate dueOn) {
        register.recordAction(reference, "LC-RPT41", "LRN-RPT41-1", "Audit ten files for the child's view",
            DemoUsers.HEALTH, Groups.PQA_SUBGROUP, dueOn);
    }

    /** A death notified, the police's information given, reviewed by the panel in this category; the case ends. */
    private String childDeathReviewed(String category, String circumstances) {
        ProcessInstance death = engine.getRuntimeService().startProcessInstanceByKey(ChildDeathReview.KEY,
            Variables.createVariables().putValue(ChildDeathReview.DATE_OF_DEATH.name(), "2041-05-01")
                .putValue(ChildDeathReview.CHILD_AGE_YEARS.name(), 7)
                .putValue(ChildDeathReview.INVOLVED_AGENCIES.name(), DemoUsers.POLICE)
                .putValue(ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        complete(death, ChildDeathReview.Elements.RECORD_NOTIFICATION, Variables.createVariables()
            .putValue(ChildDeathReview.DATE_OF_DEATH.name(), "2041-05-01")
            .putValue(ChildDeathReview.CHILD_AGE_YEARS.name(), 7)
            .putValue(ChildDeathReview.INVOLVED_AGENCIES.name(), List.of(DemoUsers.POLICE))
            .putValue(ChildDeathReview.CIRCUMSTANCES.name(), circumstances)
            .putValue(ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        complete(death, ChildDeathReview.Elements.PROVIDE_AGENCY_INFORMATION, Variables.createVariables()
            .putValue(ChildDeathReview.AGENCY_INVOLVEMENT.name(), "Known to the police")
            .putValue(ChildDeathReview.AGENCY_CONCERNS.name(), "")
            .putValue(ChildDeathReview.AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), false));
        complete(death, ChildDeathReview.Elements.PANEL_REVIEW, Variables.createVariables()
            .putValue(ChildDeathReview.CATEGORY_OF_DEATH.name(), category)
            .putValue(ChildDeathReview.MODIFIABLE_FACTORS_IDENTIFIED.name(), false)
            .putValue(ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED.name(), false)
            .putValue(ChildDeathReview.LEARNING.name(), "Nothing further")
            .putValue(LearningLoop.FINDINGS.name(), "No modifiable factors"));
        completedAndHandedOver(death.getBusinessKey());
        return death.getBusinessKey();
    }

    private String newAgency() {
        String id = Groups.AGENCY_PREFIX + "report-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Group group = engine.getIdentityService().newGroup(id);
        group.setName("Report test agency");
        group.setType(Groups.TYPE_AGENCY);
        engine.getIdentityService().saveGroup(group);
        return id;
    }

    // --- over HTTP, as a demo user

    private HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> bytes(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post, as the report page's narrative form sends it. */
    private HttpResponse<String> post(String user, String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> field.getKey() + "="
            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(String user, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return HttpClient.newHttpClient().send(request.build(), body);
        } catch (Exception e) {
            throw new IllegalStateException("GET " + request.build().uri() + " failed", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
