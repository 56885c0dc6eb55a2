package org.iowscb.learningloop.casereview;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.casereview.childdeathreview.CategoryOfDeath;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018;
import org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the case reviews say to the Board's annual report, read from the engine's history: the serious
 * case reviews and the local child safeguarding practice reviews published in a period, and the child deaths the panel reviewed in it by national
 * category, as counts only. Offered here so the board module needs none of the processes' own classes.
 */
@Repository
public class CaseReviewFigures {

    /** A serious case review, or a local child safeguarding practice review, published on a day. */
    public record Published(String reference, LocalDate publishedOn) {
    }

    /** How many deaths the panel reviewed in a category. */
    public record DeathCategory(String code, String label, int deaths) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CaseReviewFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The serious case reviews and local child safeguarding practice reviews (both record
     * {@code publishedOn}) whose report was published on a day from {@code from} to before {@code until}.
     */
    public List<Published> publishedReviews(LocalDate from, LocalDate until) {
        // the publication date is an ISO date: compared as text, it keeps its order
        return jdbc.query("select p.BUSINESS_KEY_, v.TEXT_ from ACT_HI_VARINST v join ACT_HI_PROCINST p "
                + "on p.ID_ = v.PROC_INST_ID_ where p.PROC_DEF_KEY_ in (:keys) and v.NAME_ = :publishedOn "
                + "and v.EXECUTION_ID_ = v.PROC_INST_ID_ and v.TEXT_ >= :from and v.TEXT_ < :until "
                + "order by v.TEXT_, p.BUSINESS_KEY_",
            new MapSqlParameterSource("keys", List.of(SeriousCaseReview.KEY, LocalChildSafeguardingPracticeReview.KEY))
                .addValue("publishedOn", SeriousCaseReview.PUBLISHED_ON.name())
                .addValue("from", from.toString()).addValue("until", until.toString()),
            (row, i) -> new Published(row.getString(1), LocalDate.parse(row.getString(2))));
    }

    /**
     * The child deaths whose panel review was completed in the period, by the category the panel gave
     * (the 2013 review's panel review and the 2018 review's CDOP review: both record {@code categoryOfDeath}
     * from the same national list),
     * every category listed (none reviewed: 0), in the national order of categories.
     */
    public List<DeathCategory> childDeathsByCategory(LocalDate from, LocalDate until) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select v.TEXT_, count(distinct p.ID_) from ACT_HI_PROCINST p join ACT_HI_VARINST v "
                + "on v.PROC_INST_ID_ = p.ID_ and v.EXECUTION_ID_ = p.ID_ and v.NAME_ = :category "
                + "where p.PROC_DEF_KEY_ in (:keys) and exists (select 1 from ACT_HI_TASKINST t "
                + "where t.PROC_INST_ID_ = p.ID_ and t.TASK_DEF_KEY_ in (:panelReviews) "
                + "and t.END_TIME_ >= :from and t.END_TIME_ < :until) group by v.TEXT_",
            new MapSqlParameterSource("keys", List.of(ChildDeathReview.KEY, ChildDeathReview2018.KEY))
                .addValue("category", ChildDeathReview.CATEGORY_OF_DEATH.name())
                .addValue("panelReviews", List.of(ChildDeathReview.Elements.PANEL_REVIEW,
                    ChildDeathReview2018.Elements.CDOP_REVIEW))
                .addValue("from", Timestamp.valueOf(from.atStartOfDay()))
                .addValue("until", Timestamp.valueOf(until.atStartOfDay())),
            row -> {
                counts.put(row.getString(1), row.getInt(2));
            });
        return Arrays.stream(CategoryOfDeath.values())
            .map(category -> new DeathCategory(category.value(), category.label(), counts.getOrDefault(category.value(), 0)))
            .toList();
    }
}
