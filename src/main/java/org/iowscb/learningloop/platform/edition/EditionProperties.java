package org.iowscb.learningloop.platform.edition;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which edition new cases follow, bound from {@code learningloop.edition*}.
 *
 * @param edition      {@code wt2013} (the default) or {@code wt2023}: the edition of new cases
 * @param editionFrom  optional: the first day {@code edition} applies to new cases; cases started
 *                     before it follow {@code wt2013}. A switch planned ahead (operations.md).
 * @param editionLabels the names that differ between editions
 */
@ConfigurationProperties(prefix = "learningloop")
public record EditionProperties(
    @DefaultValue("wt2013") String edition,
    LocalDate editionFrom,
    @DefaultValue EditionLabels editionLabels) {

    public EditionProperties {
        if (Edition.of(edition).isEmpty()) {
            throw new IllegalArgumentException("learningloop.edition must be wt2013 or wt2023, not '" + edition + "'");
        }
        if (editionFrom != null && Edition.of(edition).get() == Edition.WT2013) {
            throw new IllegalArgumentException("learningloop.edition-from is set (" + editionFrom
                + ") but learningloop.edition is wt2013: set learningloop.edition=wt2023 to switch from that day,"
                + " or remove learningloop.edition-from");
        }
    }

    /**
     * What each edition calls the body that oversees the arrangements and the group that decides on
     * case reviews. The Camunda group ids stay as in the contract ({@code board}, {@code scr-subgroup}).
     */
    public record EditionLabels(
        @DefaultValue("the Board") String wt2013Board,
        @DefaultValue("the safeguarding partners") String wt2023Board,
        @DefaultValue("the SCR Sub Group") String wt2013CaseReviewGroup,
        @DefaultValue("the case review group") String wt2023CaseReviewGroup) {
    }
}
