package org.iowscb.learningloop.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The board page and the annual report name whom they are for as the edition new cases follow today
 * names them, with the configured names: the Board under Working Together 2013, the safeguarding
 * partners under 2023 (in tests, from 2150).
 */
class EditionHeadingsTest extends ApplicationTest {

    @Test
    @DisplayName("under Working Together 2013: the Board's page and report")
    void wt2013() {
        clockAt("2041-06-02T09:00:00Z");
        assertThat(page("board", "/board/")).contains("For the Board, under Working Together 2013 for new cases.");
        assertThat(page("board", "/board/report")).contains("Report of the Board", "The Board&#39;s own sections")
            .doesNotContain("safeguarding partners");
        assertThat(refusal()).contains("The annual report is the Board&#39;s publication");
    }

    @Test
    @DisplayName("under Working Together 2023: the safeguarding partners' page and report")
    void wt2023() throws Exception {
        clockAt("2150-06-02T09:00:00Z");
        assertThat(page("board", "/board/"))
            .contains("For the safeguarding partners, under Working Together 2023 for new cases.");
        assertThat(page("board", "/board/report"))
            .contains("Report of the safeguarding partners", "The safeguarding partners&#39; own sections")
            .doesNotContain("Report of the Board", "The Board&#39;s own sections");
        assertThat(AnnualReportTest.pdfText(rest.getBytes("board", "/board/report.pdf").body()))
            .as("the PDF says whose report it is").contains("Report of the safeguarding partners");
        assertThat(refusal()).contains("The annual report is the safeguarding partners&#39; publication");
    }

    private String page(String user, String path) {
        HttpResponse<String> page = rest.get(user, path);
        assertThat(page.statusCode()).as(path + ": " + page.body()).isEqualTo(200);
        return page.body();
    }

    private String refusal() {
        HttpResponse<String> refused = rest.get("police", "/board/report");
        assertThat(refused.statusCode()).isEqualTo(403);
        return refused.body();
    }
}
