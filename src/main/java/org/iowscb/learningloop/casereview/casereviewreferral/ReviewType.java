package org.iowscb.learningloop.casereview.casereviewreferral;

import java.util.Arrays;
import java.util.Optional;

import org.iowscb.learningloop.platform.casereference.CaseType;

/** The outputs of the {@code review-type} decision and the process each one starts. */
enum ReviewType {
    SCR(CaseType.SERIOUS_CASE_REVIEW),
    MACR(CaseType.MULTI_AGENCY_CASE_REVIEW),
    IMR(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW),
    NONE(null);

    private final CaseType review;

    ReviewType(CaseType review) {
        this.review = review;
    }

    Optional<CaseType> review() {
        return Optional.ofNullable(review);
    }

    static Optional<ReviewType> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
