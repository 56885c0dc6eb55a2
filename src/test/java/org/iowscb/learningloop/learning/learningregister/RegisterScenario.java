package org.iowscb.learningloop.learning.learningregister;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.learning.LearningRegister.ActionState;
import org.iowscb.learningloop.learning.LearningRegister.LessonState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small register written through {@link LearningRegister}, as the learning loop's process
 * steps write it, with references of its own so that tests sharing the database do not meet:
 * <ul>
 * <li>a serious case review {@link #review} whose learning cycle {@link #reviewCycle} found
 * {@link #childsVoice} (neglect, voice of the child; learnt) and {@link #sharing} (information
 * sharing; not yet learnt), with actions {@link #policeAction} (overdue, its date moved once),
 * {@link #healthAction} (completed) and {@link #trainingAction} (the cycle's, no lesson);</li>
 * <li>a thematic audit {@link #audit} whose cycle {@link #auditCycle} found {@link #lateNeglect}
 * (neglect; identified).</li>
 * </ul>
 */
final class RegisterScenario {

    static final String CHILDS_VOICE_STATEMENT = "Practitioners did not hear the child's \"voice\", and drift followed";
    static final String SHARING_STATEMENT = "=SUM(1,2) agencies held information they did not share";
    static final String LATE_NEGLECT_STATEMENT = "Neglect was recognised late.\nChronologies were incomplete";

    final String token = "T" + UUID.randomUUID().toString().substring(0, 8);
    final String review = "SCR-" + token;
    final String reviewCycle = "LRN-" + token + "A";
    final String childsVoice = reviewCycle + "-1";
    final String sharing = reviewCycle + "-2";
    final String audit = "AUD-" + token;
    final String auditCycle = "LRN-" + token + "B";
    final String lateNeglect = auditCycle + "-1";
    final String policeAction = "ACT-" + token + "-1";
    final String healthAction = "ACT-" + token + "-2";
    final String trainingAction = "ACT-" + token + "-3";
    final LocalDate today;

    private RegisterScenario(LocalDate today) {
        this.today = today;
    }

    static RegisterScenario write(LearningRegister register, TransactionTemplate transaction, LocalDate today) {
        RegisterScenario s = new RegisterScenario(today);
        transaction.executeWithoutResult(status -> s.writeTo(register));
        return s;
    }

    private void writeTo(LearningRegister register) {
        register.recordLesson(childsVoice, reviewCycle, review, "serious-case-review", CHILDS_VOICE_STATEMENT,
            List.of("neglect", "voice-of-the-child"), LocalDate.of(2025, 1, 15));
        register.recordLesson(sharing, reviewCycle, review, "serious-case-review", SHARING_STATEMENT,
            List.of("information-sharing"), LocalDate.of(2025, 3, 10));
        register.recordLesson(lateNeglect, auditCycle, audit, "thematic-case-audit", LATE_NEGLECT_STATEMENT,
            List.of("neglect"), LocalDate.of(2025, 6, 1));

        register.recordDissemination(childsVoice, "multi-agency-training", "workforce-development", "board");
        register.recordDissemination(childsVoice, "learning-lessons-workshop", "scr-subgroup", "board");
        register.disseminationDone(childsVoice, "multi-agency-training", LocalDate.of(2025, 4, 1));

        register.recordAction(policeAction, reviewCycle, childsVoice, "Record the child's own words in every "
            + "strategy discussion", "agency-police", "scr-subgroup", today.minusDays(30));
        register.moveActionDue(policeAction, today.minusDays(10), "Training postponed by the force", today.minusDays(31));
        register.actionState(policeAction, ActionState.OVERDUE);
        register.recordAction(healthAction, reviewCycle, childsVoice, "Health visitors see the child alone",
            "agency-health", "scr-subgroup", today.minusDays(5));
        register.actionEvidence(healthAction, "Audit of 20 records: the child seen alone in 18");
        register.completeAction(healthAction, today.minusDays(6));
        register.recordAction(trainingAction, reviewCycle, null, "Run the multi-agency course twice a year",
            "workforce-development", "scr-subgroup", today.plusDays(20));

        register.evaluateLesson(childsVoice, LessonState.LEARNT, "Follow-up 8 weeks after training: practice changed",
            LocalDate.of(2025, 9, 1));
        register.evaluateLesson(sharing, LessonState.NOT_YET_LEARNT, "Case audit found the same gap",
            LocalDate.of(2025, 9, 1));
    }

    /** The review's handover to the learning loop, as the review's last step records it. */
    void handOver(JdbcTemplate jdbc) {
        jdbc.update("insert into ll_learning_handover (source_reference, source_type, findings, handed_over_at, "
                + "learning_cycle_reference) values (?, ?, ?, ?, ?)",
            review, "serious-case-review", "The child's voice was not heard", new Timestamp(System.currentTimeMillis()),
            reviewCycle);
    }
}
