package org.iowscb.learningloop.walk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.demo.CamundaForm;

/**
 * What a person would typically enter in a field of a Camunda Form, by the field's type, with
 * the few fields whose typical value a type cannot tell (an agency typed into a start form, a
 * case sample, a decision) named by key. Options offered by the form (its own values, or a
 * list such as {@code agencyOptions} that the process gives the task) are chosen from, never
 * invented.
 */
final class TypicalValues implements CamundaForm.FieldValues {

    /** Dates that record something that happened: today. Every other date lies ahead. */
    private static final Set<String> DAYS_THAT_HAPPENED = Set.of("incidentKnownOn", "dateOfDeath", "ofstedNotifiedOn",
        "notifiedOn", "moderatedOn", "panelMetOn", "disseminatedOn", "publishedOn", "copySentOn", "familyInvitedOn",
        "professionalsInvitedOn", "initiatedOn",
        "jarMeetingHeldOn", "reviewMeetingHeldOn", "ncmdNotifiedOn", "ncmdAnalysisSentOn",
        "panelNotifiedOn", "partnersToldOn", "secretaryOfStateNotifiedOn", "sentToPanelOn",
        "scrutinyCompletedOn", "yearlyReportPublishedOn", "yearlyReportSentToPanelOn", "yearlyReportSentToWhatWorksCentreOn",
        "decidedOn", "practitionersInvolvedOn");

    /** Ticked by a person who has done what the box asks; left clear where ticking opens a detour. */
    private static final Set<String> LEFT_CLEAR = Set.of("modifiableFactorsIdentified", "abuseOrNeglectSuspected",
        "agencySuspectsAbuseOrNeglect", "newDateAgreed", "revisionNeeded");

    /** Typed where a form has no list to choose from: references, links, a sample, a count. */
    private static final Map<String, Object> TYPED = Map.ofEntries(
        Map.entry("caseSample", "POL-1001, HLT-2002"),
        Map.entry("newAuditSample", "POL-1001, HLT-2002"),
        Map.entry("independentReviewer", "reviewer"),
        Map.entry("publicationLink", "https://www.example.org/reviews/report"),
        Map.entry("yearlyReportLink", "https://www.example.org/partners/yearly-report"),
        Map.entry("publishedReportLink", "https://www.example.org/reviews/lcspr-report"),
        Map.entry("agencyReportReference", "POL-IMR-01"),
        Map.entry("overviewReportReference", "OR-2026-01"),
        Map.entry("ofstedReference", "OF-12345"),
        Map.entry("publicationTitle", "Learning from case reviews"),
        Map.entry("theme", "Neglect of adolescents"),
        Map.entry("categoryOfDeath", "acute-medical-or-surgical-condition"),
        Map.entry("childAgeYears", 7L),
        Map.entry("casesAudited", 2L));

    private final LocalDate today;
    private final boolean caseStartedByAPerson;

    /**
     * @param today                the day the walk is on
     * @param caseStartedByAPerson whether the case was started by a person (not by another case)
     */
    TypicalValues(LocalDate today, boolean caseStartedByAPerson) {
        this.today = today;
        this.caseStartedByAPerson = caseStartedByAPerson;
    }

    /** The typical value of the field, or {@code null} to leave it empty. */
    @Override
    public Object valueOf(String form, JsonNode field, Map<String, Object> context) {
        String key = field.path("key").asText();
        String type = field.path("type").asText();
        if (form.equals("lrn-evaluate") && key.equals("outcome")) {
            // a cycle a person started finds new issues once, in its first lesson; the cases that follow learn
            return caseStartedByAPerson && Integer.valueOf(1).equals(context.get(CamundaForm.ENTRY_NUMBER)) ? "NEW_ISSUES" : "LEARNT";
        }
        if (form.equals("lrn-new-review") && key.equals("newReviewType")) {
            return "thematic-case-audit";
        }
        if (key.equals("copySentOn")) {
            // sent to the national panel ahead of publication, which must follow at least a week later
            return today.minusDays(10).toString();
        }
        if (key.equals("reportSentOn")) {
            // a local review's report goes to the Panel and the Secretary of State 7 working days before publication
            return today.minusDays(21).toString();
        }
        if (key.equals("keepUntil")) {
            return today.plusMonths(13).toString();
        }
        if (TYPED.containsKey(key)) {
            return TYPED.get(key);
        }
        return switch (type) {
            case "textfield", "textarea" -> text(field);
            case "number" -> 1L;
            case "checkbox" -> !LEFT_CLEAR.contains(key);
            case "datetime" -> (DAYS_THAT_HAPPENED.contains(key) ? today : today.plusDays(30)).toString();
            case "select", "radio" -> {
                List<String> options = CamundaForm.options(field, context);
                yield options.isEmpty() ? null : options.get(0);
            }
            case "checklist", "taglist" -> {
                List<String> options = CamundaForm.options(field, context);
                yield options.isEmpty() ? null : List.of(options.get(0));
            }
            default -> null;
        };
    }

    private static String text(JsonNode field) {
        String label = field.path("label").asText(field.path("key").asText());
        String text = "Typical entry for: " + label.replaceAll("[^A-Za-z0-9 ,.'()-]", "");
        int max = field.path("validate").path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }
}
