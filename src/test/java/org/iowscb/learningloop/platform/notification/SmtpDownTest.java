package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.support.DemoUsers.email;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.RATIFIED;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.SmtpServer;
import org.iowscb.learningloop.support.SmtpServer.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SmtpDownTest extends MailTest {

    @Test
    @DisplayName("mail server down: every completion succeeds; sends retry with back-off, then are incidents;"
        + " back up and retried, every email arrives exactly once")
    void neverLostNeverBlocking() {
        ManagementService management = engine.getManagementService();
        SmtpServer.down();

        ProcessInstance first = requestReview("First");
        ProcessInstance second = requestReview("Second");
        work("scr-chair", first, review("Revised", true));
        assertThat(jobs.runDue()).as("each send failed once").isEqualTo(3);
        work("board", first, Variables.createVariables().putValue(RATIFIED.name(), true));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(first.getId()).count())
            .as("the case went on to its end while no email could be sent").isZero();

        List<Job> sends = jobs.all(SendEmailJobHandler.TYPE);
        assertThat(sends).hasSize(3).allSatisfy(job -> {
            assertThat(job.getRetries()).isEqualTo(5);
            assertThat(job.getDuedate()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
            assertThat(job.getExceptionMessage()).containsIgnoringCase("connect");
        });
        List<Duration> backOff = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(4));
        for (Duration wait : backOff) {
            sends.forEach(job -> jobs.runExpectingFailure(job.getId()));
            assertThat(jobs.all(SendEmailJobHandler.TYPE)).extracting(Job::getDuedate)
                .containsOnly(java.util.Date.from(NOW.plus(wait)));
        }
        sends.forEach(job -> jobs.runExpectingFailure(job.getId()));

        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().incidentType("failedJob").list()
            .stream().filter(incident -> sends.stream().anyMatch(job -> job.getId().equals(incident.getConfiguration())))
            .toList();
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(FrameworkAnnualReview.KEY).latestVersion().singleResult().getId();
        assertThat(incidents).as("one incident per email, shown against the process in Cockpit").hasSize(3)
            .allSatisfy(incident -> assertThat(incident.getProcessDefinitionId()).isEqualTo(definition));
        assertThat(management.createProcessDefinitionStatisticsQuery().includeIncidents().list().stream()
            .filter(statistics -> statistics.getId().equals(definition))
            .flatMap(statistics -> statistics.getIncidentStatistics().stream())
            .mapToInt(IncidentStatistics::getIncidentCount).sum())
            .as("the statistics behind Cockpit's dashboard and Processes list count them").isEqualTo(3);
        assertThat(jobs.all(SendEmailJobHandler.TYPE)).allSatisfy(job -> {
            assertThat(job.getRetries()).isZero();
            assertThat(job.getDuedate()).as("due at once, for a retry from Cockpit").isEqualTo(NOW);
        });
        assertThat(SmtpServer.received()).isEmpty();

        SmtpServer.up();
        sends.forEach(job -> management.setJobRetries(job.getId(), 1));
        assertThat(jobs.runDue()).isZero();

        List<Received> received = SmtpServer.received();
        Map<String, Long> copies = received.stream()
            .collect(Collectors.groupingBy(mail -> mail.to() + " " + mail.subject(), Collectors.counting()));
        assertThat(copies).as("each email exactly once").hasSize(3).containsValues(1L).doesNotContainValue(2L);
        assertThat(received).extracting(Received::to).containsExactlyInAnyOrder(email("scr-chair"),
            email("scr-chair"), email("board"));
        assertThat(received).extracting(Received::subject).anyMatch(s -> s.contains(first.getBusinessKey()))
            .anyMatch(s -> s.contains(second.getBusinessKey()));
        assertThat(received.stream().map(Received::messageId).collect(Collectors.toSet())).hasSize(3);
        assertThat(engine.getRuntimeService().createIncidentQuery().incidentType("failedJob").list())
            .as("the emails' incidents are resolved").noneMatch(incident -> sends.stream()
                .anyMatch(job -> job.getId().equals(incident.getConfiguration())));
        assertThat(jobs.all(SendEmailJobHandler.TYPE)).isEmpty();

        jobs.runDue();
        assertThat(SmtpServer.received()).as("nothing is sent twice").hasSize(3);
        assertThat(outbox.to(email("scr-chair"))).allMatch(Notification::sent);
    }
}
