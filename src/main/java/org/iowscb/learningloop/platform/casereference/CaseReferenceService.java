package org.iowscb.learningloop.platform.casereference;

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
 * table with one row per prefix and year. The increment runs in the caller's transaction (the
 * engine's, when a case starts): its row lock makes two nodes issuing at once wait for each
 * other, and a start that is refused or rolled back gives its number back, so numbers have no
 * gaps. Only the first reference of a prefix in a year creates the row, in a short transaction
 * of its own, where a unique primary key stops two nodes creating it twice.
 */
@Service
public class CaseReferenceService {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate currentOrNewTransaction;
    private final TransactionTemplate ownTransaction;

    CaseReferenceService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.currentOrNewTransaction = new TransactionTemplate(transactionManager);
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
        Integer number = currentOrNewTransaction.execute(status -> {
            if (increment(prefix, year) == 0) {
                startTheYear(prefix, year);
                increment(prefix, year);
            }
            return jdbc.queryForObject(
                "select last_number from ll_case_reference_counter where prefix = ? and ref_year = ?",
                Integer.class, prefix, year);
        });
        return format(prefix, year, number);
    }

    private int increment(String prefix, int year) {
        return jdbc.update(
            "update ll_case_reference_counter set last_number = last_number + 1 where prefix = ? and ref_year = ?",
            prefix, year);
    }

    /** Creates the year's row at 0; another node may create it first, which is as good. */
    void startTheYear(String prefix, int year) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                "insert into ll_case_reference_counter (prefix, ref_year, last_number) values (?, ?, 0)", prefix, year));
        } catch (DuplicateKeyException anotherNodeStartedTheYear) {
            // the row exists now, whoever wrote it
        }
    }

    static String format(String prefix, int year, int number) {
        return String.format("%s-%d-%04d", prefix, year, number);
    }
}
