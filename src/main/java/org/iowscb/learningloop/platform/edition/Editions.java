package org.iowscb.learningloop.platform.edition;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * Answers which edition a new case follows today (the engine clock, so tests move it with
 * {@code clockAt}), which edition a running case follows (the one it recorded at its start), and
 * the names each edition gives the board and the case review group. Usable in expressions as
 * {@code ${editions}}.
 */
@Component("editions")
public class Editions {

    private final EditionProperties properties;
    private final WorkingDays workingDays;

    Editions(EditionProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** The edition a case started today follows. */
    public Edition forNewCase() {
        return forCaseStartedOn(workingDays.today());
    }

    /** The edition a case started on {@code day} follows: the configured one, from its first day. */
    public Edition forCaseStartedOn(LocalDate day) {
        Edition configured = Edition.of(properties.edition()).orElseThrow();
        LocalDate from = properties.editionFrom();
        return from == null || !day.isBefore(from) ? configured : Edition.WT2013;
    }

    /** The edition the case recorded at its start; wt2013 for a case started before editions existed. */
    public static Edition ofCase(VariableScope scope) {
        return CaseVariables.EDITION.from(scope).flatMap(Edition::of).orElse(Edition.WT2013);
    }

    /** What the edition calls the body that oversees the arrangements ("the Board", "the safeguarding partners"). */
    public String boardName(Edition edition) {
        return edition == Edition.WT2023 ? properties.editionLabels().wt2023Board() : properties.editionLabels().wt2013Board();
    }

    /** What the edition calls the group that decides on case reviews (group {@code scr-subgroup}). */
    public String caseReviewGroupName(Edition edition) {
        return edition == Edition.WT2023 ? properties.editionLabels().wt2023CaseReviewGroup()
            : properties.editionLabels().wt2013CaseReviewGroup();
    }

    /**
     * What a case of this edition calls the groups {@code board} and {@code scr-subgroup} where it lists
     * groups by name (an email's "Group"), as a name stands alone: "Safeguarding partners", "Case review
     * group". None for wt2013: its cases show the names the groups have in Admin, as they always did.
     */
    public Map<String, String> groupNames(Edition edition) {
        if (edition != Edition.WT2023) {
            return Map.of();
        }
        return Map.of(Groups.BOARD, standingAlone(boardName(edition)),
            Groups.SCR_SUBGROUP, standingAlone(caseReviewGroupName(edition)));
    }

    /** "the case review group" as a name on its own: "Case review group". */
    static String standingAlone(String name) {
        String bare = name.strip().replaceFirst("^(?i)the\\s+", "");
        return bare.isEmpty() ? name : bare.substring(0, 1).toUpperCase(Locale.UK) + bare.substring(1);
    }
}
