package org.iowscb.learningloop.casereference;

import java.time.Year;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues unique, human-readable case references ({@code SCR-2026-0001}). The counter lives in a
 * table with one row per prefix and year; the row lock of the increment makes two nodes issuing
 * at once wait for each other, and a unique primary key stops a duplicate first row of a year.
 * Each reference is issued in its own short transaction, so a long engine transaction does not
 * hold the counter locked; a rolled-back start leaves a gap, never a duplicate.
 */
@Service
public class CaseReferenceService {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    CaseReferenceService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next reference for a case of this process, for example {@code FWR-2026-0003}. */
    public String next(String processKey) {
        return issue(CaseType.prefixOf(processKey));
    }

    public String next(CaseType type) {
        return issue(type.prefix());
    }

    private String issue(String prefix) {
        int year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(LONDON)).getValue();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Integer number = ownTransaction.execute(status -> increment(prefix, year));
                return format(prefix, year, number);
            } catch (DuplicateKeyException anotherNodeStartedTheYear) {
                // the other node inserted the year's first row; the next attempt increments it
            }
        }
        throw new IllegalStateException("Could not issue a case reference for " + prefix + " " + year);
    }

    private Integer increment(String prefix, int year) {
        int updated = jdbc.update(
            "update ll_case_reference_counter set last_number = last_number + 1 where prefix = ? and ref_year = ?",
            prefix, year);
        if (updated == 0) {
            jdbc.update("insert into ll_case_reference_counter (prefix, ref_year, last_number) values (?, ?, 1)",
                prefix, year);
            return 1;
        }
        return jdbc.queryForObject(
            "select last_number from ll_case_reference_counter where prefix = ? and ref_year = ?",
            Integer.class, prefix, year);
    }

    static String format(String prefix, int year, int number) {
        return String.format("%s-%d-%04d", prefix, year, number);
    }
}
