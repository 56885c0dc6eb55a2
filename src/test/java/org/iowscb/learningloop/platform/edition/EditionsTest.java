package org.iowscb.learningloop.platform.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.edition.EditionProperties.EditionLabels;
import org.junit.jupiter.api.Test;

class EditionsTest {

    private static final EditionLabels LABELS = new EditionLabels("the Board", "the safeguarding partners",
        "the SCR Sub Group", "the case review group");

    @Test
    void wt2013ByDefault() {
        Editions editions = new Editions(new EditionProperties("wt2013", null, LABELS), new WorkingDays(null));
        assertThat(editions.forCaseStartedOn(LocalDate.of(2030, 1, 1))).isEqualTo(Edition.WT2013);
        assertThat(editions.boardName(Edition.WT2013)).isEqualTo("the Board");
    }

    @Test
    void wt2023FromItsFirstDay() {
        Editions editions = new Editions(new EditionProperties("wt2023", LocalDate.of(2027, 4, 1), LABELS), new WorkingDays(null));
        assertThat(editions.forCaseStartedOn(LocalDate.of(2027, 3, 31))).isEqualTo(Edition.WT2013);
        assertThat(editions.forCaseStartedOn(LocalDate.of(2027, 4, 1))).isEqualTo(Edition.WT2023);
        assertThat(editions.caseReviewGroupName(Edition.WT2023)).isEqualTo("the case review group");
    }

    @Test
    void aConfusedSettingStopsTheStart() {
        assertThatThrownBy(() -> new EditionProperties("wt2018", null, LABELS)).hasMessageContaining("wt2013 or wt2023");
        assertThatThrownBy(() -> new EditionProperties("wt2013", LocalDate.of(2027, 4, 1), LABELS))
            .hasMessageContaining("set learningloop.edition=wt2023");
    }

    @Test
    void wt2023NamesTheGroupsItListsByItsOwnNames() {
        Editions editions = new Editions(new EditionProperties("wt2023", null, new EditionLabels("the Board",
            "the partners", "the SCR Sub Group", "The Review Panel")), new WorkingDays(null));
        assertThat(editions.groupNames(Edition.WT2023)).containsEntry("board", "Partners")
            .containsEntry("scr-subgroup", "Review Panel");
        assertThat(editions.groupNames(Edition.WT2013)).as("2013 keeps the names Admin gives the groups").isEmpty();
    }
}
