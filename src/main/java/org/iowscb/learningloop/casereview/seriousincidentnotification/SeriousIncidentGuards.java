package org.iowscb.learningloop.casereview.seriousincidentnotification;

import static org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.edition.Wt2023Clocks;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a serious incident notification must be given, and what each notification task records:
 * when it was sent (not in the future, not before the incident was known) and how.
 */
@Configuration(proxyBeanMethods = false)
class SeriousIncidentGuards {

    static final String NOT_NOTIFIABLE = "not a serious incident to notify: abuse or neglect must be known or suspected"
        + " and the child have died or been seriously harmed, or the child died while looked after";

    /** The facts of the incident, the same as a referral's; and an incident the Panel is to be told of. */
    @Bean
    CaseStartCheck seriousIncidentStartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.SERIOUS_INCIDENT_NOTIFICATION, (check, start) -> {
            Long age = readAge(start);
            boolean abuse = ABUSE_OR_NEGLECT.from(start).orElse(false);
            boolean died = CHILD_DIED.from(start).orElse(false);
            boolean harmed = CHILD_SERIOUSLY_HARMED.from(start).orElse(false);
            check
                .dateNotAfter(INCIDENT_KNOWN_ON, workingDays.today(), "the date the incident became known cannot be in the future")
                .childAge(CHILD_AGE_YEARS, age)
                .required(ABUSE_OR_NEGLECT)
                .required(CHILD_DIED)
                .required(CHILD_SERIOUSLY_HARMED)
                .check(abuse && (died || harmed) || died, NOT_NOTIFIABLE)
                .requiredOneOf(REFERRING_AGENCY, directory::isAgency, "agency")
                .optionalText(SUMMARY, 2000);
        });
    }

    /** On the start event: the start check, then the clocks of the notifications. */
    @Bean
    ExecutionListener seriousIncidentGuard(Directory directory, WorkingDays workingDays, Wt2023Clocks clocks) {
        CaseStartCheck startCheck = seriousIncidentStartCheck(directory, workingDays);
        return execution -> {
            startCheck.orReject(execution);
            LocalDate known = LocalDate.parse(INCIDENT_KNOWN_ON.requiredFrom(execution));
            PANEL_NOTIFICATION_DUE_ON.set(execution,
                workingDays.addWorkingDays(known, clocks.panelNotificationWorkingDays()).toString());
            PARTNERS_TOLD_DUE_ON.set(execution, workingDays.addWorkingDays(known, clocks.partnersToldWorkingDays()).toString());
            OFSTED_AND_SECRETARY_OF_STATE_DUE_ON.set(execution,
                workingDays.addWorkingDays(known, clocks.ofstedAndSecretaryOfStateWorkingDays()).toString());
            SERIOUS_CHILD_SAFEGUARDING_CASE.set(execution, ABUSE_OR_NEGLECT.requiredFrom(execution)
                && (CHILD_DIED.requiredFrom(execution) || CHILD_SERIOUSLY_HARMED.requiredFrom(execution)));
        };
    }

    @Bean
    TaskListener panelNotificationGuard(WorkingDays workingDays) {
        return task -> {
            sent(task, workingDays, PANEL_NOTIFIED_ON, PANEL_NOTIFIED_HOW, "the Panel")
                .optionalText(PANEL_REFERENCE, MAX_REFERENCE)
                .required(LOOKED_AFTER_CHILD)
                .orReject();
        };
    }

    @Bean
    TaskListener partnersToldGuard(WorkingDays workingDays) {
        return task -> sent(task, workingDays, PARTNERS_TOLD_ON, PARTNERS_TOLD_HOW, "the safeguarding partners").orReject();
    }

    @Bean
    TaskListener ofstedNotifiedGuard(WorkingDays workingDays) {
        return task -> sent(task, workingDays, OFSTED_NOTIFIED_ON, OFSTED_NOTIFIED_HOW, "Ofsted").orReject();
    }

    @Bean
    TaskListener secretaryOfStateNotifiedGuard(WorkingDays workingDays) {
        return task -> sent(task, workingDays, SECRETARY_OF_STATE_NOTIFIED_ON, SECRETARY_OF_STATE_NOTIFIED_HOW,
            "the Secretary of State").orReject();
    }

    /** When (not in the future, not before the incident was known) and how a notification was sent. */
    private static InputCheck sent(VariableScope task, WorkingDays workingDays, ProcessVariable<String> on,
                                   ProcessVariable<String> how, String whom) {
        LocalDate known = LocalDate.parse(INCIDENT_KNOWN_ON.requiredFrom(task));
        return InputCheck.of(task)
            .dateNotAfter(on, workingDays.today(), "the date " + whom + " was told cannot be in the future")
            .dateAfter(on, known.minusDays(1), whom + " cannot have been told before the incident became known on " + known)
            .requiredText(how, MAX_HOW);
    }

    private static Long readAge(VariableScope scope) {
        try {
            return CHILD_AGE_YEARS.from(scope).orElse(null);
        } catch (IllegalArgumentException notANumber) {
            return null;
        }
    }
}
