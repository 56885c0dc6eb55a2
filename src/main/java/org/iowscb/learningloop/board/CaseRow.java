package org.iowscb.learningloop.board;

import java.time.LocalDate;

/**
 * One open case on the board page: where it is (its stage and who has it) and where it stands
 * against its clock.
 *
 * @param stage the open task, or what the case waits for
 * @param stageGroup the group the open task is offered to (null while the case waits)
 * @param clockName the statutory clock, or the step's clock when the case has none
 * @param amberFrom the first day the clock shows amber: a fifth of it or less left
 * @param daysLeft working days left to the due date, negative when late; null without a clock
 * @param revisions how often the due date moved (revised timetables, extensions)
 */
record CaseRow(String reference, String processKey, String type, String processInstanceId, LocalDate startedOn,
               String stage, String stageGroup, String taskId, String clockName, String clockSource,
               LocalDate clockStart, LocalDate clockDue, LocalDate amberFrom, Integer daysLeft, Rag rag,
               int revisions) {

    CaseRow withDaysLeft(Integer left) {
        return new CaseRow(reference, processKey, type, processInstanceId, startedOn, stage, stageGroup, taskId,
            clockName, clockSource, clockStart, clockDue, amberFrom, left, rag, revisions);
    }

    CaseRow withStage(String waitingFor) {
        return new CaseRow(reference, processKey, type, processInstanceId, startedOn, waitingFor, stageGroup, taskId,
            clockName, clockSource, clockStart, clockDue, amberFrom, daysLeft, rag, revisions);
    }
}
