package org.iowscb.learningloop.platform.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.iowscb.learningloop.platform.deadline.DeadlineProperties;
import org.springframework.stereotype.Component;

/**
 * Turns a queued email into its text and HTML. What it says about a task is all it can say: the task's
 * name, the case reference, the due date, the group and the link to the task in Tasklist.
 */
@Component
class EmailComposer {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private final EmailTemplates templates;
    private final String boardName;
    private final String baseUrl;
    private final DeadlineProperties deadlines;

    EmailComposer(EmailTemplates templates, LearningLoopProperties application, DeadlineProperties deadlines) {
        this.templates = templates;
        this.boardName = application.boardName();
        this.baseUrl = application.baseUrl().replaceAll("/+$", "");
        this.deadlines = deadlines;
    }

    Email taskEmail(Notification email) {
        Map<String, Object> task = item(email.taskId(), email.taskName(), email.caseReference(), email.due(),
            email.groupNames());
        String headline = switch (email.kind()) {
            case NEW_TASK -> "New task for your group";
            case ASSIGNED -> "A task has been assigned to you";
            case REMINDER -> "Reminder: a task is due soon";
            case ESCALATION -> "Overdue task";
            case DIGEST -> throw new IllegalArgumentException("a digest is not about one task");
        };
        Map<String, Object> variables = common();
        variables.put("kind", email.kind().name());
        variables.put("headline", headline);
        variables.put("task", task);
        String subject = boardName + ": " + headline + ": " + email.taskName()
            + (email.caseReference() == null ? "" : " (" + email.caseReference() + ")");
        return new Email(messageId(email), email.recipientEmail(), subject,
            templates.render("task.txt", variables), templates.render("task.html", variables));
    }

    Email digest(Notification email, List<DigestItem> overdue, List<DigestItem> open) {
        Map<String, Object> variables = common();
        variables.put("overdue", overdue.stream().map(this::item).toList());
        variables.put("open", open.stream().map(this::item).toList());
        String subject = boardName + ": your tasks: " + (overdue.size() + open.size()) + " open, "
            + overdue.size() + " overdue";
        return new Email(messageId(email), email.recipientEmail(), subject,
            templates.render("digest.txt", variables), templates.render("digest.html", variables));
    }

    /** A task in a digest. */
    record DigestItem(String taskId, String taskName, String caseReference, Date due, String groupNames) {
    }

    private Map<String, Object> item(DigestItem item) {
        return item(item.taskId(), item.taskName(), item.caseReference(), item.due(), item.groupNames());
    }

    private Map<String, Object> item(String taskId, String name, String caseReference, Date due, String groups) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name);
        item.put("caseReference", caseReference == null ? "see Tasklist" : caseReference);
        item.put("due", due == null ? null : DUE.format(due.toInstant().atZone(deadlines.zone())));
        item.put("groups", groups == null || groups.isBlank() ? null : groups);
        item.put("link", taskLink(taskId));
        return item;
    }

    private Map<String, Object> common() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("boardName", boardName);
        variables.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/default/");
        return variables;
    }

    String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    private static String messageId(Notification email) {
        return "<" + email.id() + "@learning-loop>";
    }
}
