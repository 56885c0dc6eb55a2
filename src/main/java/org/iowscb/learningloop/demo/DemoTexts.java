package org.iowscb.learningloop.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Text a practitioner would plausibly type into a field, chosen by the words of its label. Case
 * references and roles only: no child, family member or professional is ever named.
 */
final class DemoTexts {

    /** Label word, and what people write under such a label. The first word found in a label wins. */
    private static final Map<String, List<String>> BY_LABEL_WORD = new java.util.LinkedHashMap<>();

    static {
        BY_LABEL_WORD.put("summary", List.of(
            "Teenager known to early help; missing episodes over six months; concerns about exploitation not shared between agencies.",
            "Infant with unexplained injuries; two A&E attendances in four weeks; the health visitor was not told of the second.",
            "Child subject to a child protection plan for neglect; plan stepped down before the home conditions had improved."));
        BY_LABEL_WORD.put("lesson", List.of(
            "Practitioners should share information on missing episodes with the strategy meeting the same day.",
            "Step-down from a child protection plan needs evidence of sustained change, not attendance at appointments.",
            "Professional curiosity about who lives in the household must be recorded at every home visit."));
        BY_LABEL_WORD.put("statement", BY_LABEL_WORD.get("lesson"));
        BY_LABEL_WORD.put("finding", List.of(
            "Information held by health and the police was not brought together before the decision to close the case.",
            "Escalation between agencies was not used when a referral was not accepted.",
            "Assessments did not take the child's lived experience into account."));
        BY_LABEL_WORD.put("recommend", List.of(
            "Partners to adopt a shared protocol for information sharing at the front door.",
            "The multi-agency escalation policy is relaunched with briefings for frontline staff."));
        BY_LABEL_WORD.put("action", List.of(
            "Revise the missing-from-home protocol and brief all duty teams.",
            "Audit ten step-down decisions for evidence of sustained change.",
            "Add a household composition prompt to the home visit record."));
        BY_LABEL_WORD.put("description", BY_LABEL_WORD.get("action"));
        BY_LABEL_WORD.put("evidence", List.of(
            "Audit of twelve cases in March: the new prompt was used in eleven.",
            "Briefing attendance records and a dip sample of supervision notes."));
        BY_LABEL_WORD.put("impact", List.of(
            "Follow-up survey at seven weeks: most attendees report using the escalation route since the training."));
        BY_LABEL_WORD.put("terms", List.of(
            "The period under review covers the 18 months before the incident; how agencies shared information and escalated concerns."));
        BY_LABEL_WORD.put("scope", BY_LABEL_WORD.get("terms"));
        BY_LABEL_WORD.put("response", List.of(
            "The Board accepts the recommendations and will monitor the action plan through the PQA Sub Group."));
        BY_LABEL_WORD.put("reason", List.of("Agency returns arrived late; the panel date moved by three weeks."));
        BY_LABEL_WORD.put("delay", BY_LABEL_WORD.get("reason"));
        BY_LABEL_WORD.put("message", List.of(
            "Neglect is often cumulative: chronologies across agencies show what no single agency sees."));
        BY_LABEL_WORD.put("issue", BY_LABEL_WORD.get("finding"));
        BY_LABEL_WORD.put("focus", List.of("Early help for adolescents at risk of exploitation."));
        BY_LABEL_WORD.put("chronology", List.of("Chronology of agency contact, 18 months, 42 entries."));
        BY_LABEL_WORD.put("reference", List.of("Report v1, agency case file extract"));
        BY_LABEL_WORD.put("link", List.of("https://www.example.org/documents/report"));
    }

    private static final List<String> GENERAL = List.of(
        "Discussed at the sub group; agreed as recorded in the minutes.",
        "Agreed with the agencies involved; see the case file.",
        "Noted by the business unit; no further concerns.");

    private DemoTexts() {
    }

    static String forField(JsonNode field, Random random) {
        String label = field.path("label").asText(field.path("key").asText()).toLowerCase(Locale.ROOT);
        List<String> choices = BY_LABEL_WORD.entrySet().stream()
            .filter(entry -> label.contains(entry.getKey()))
            .map(Map.Entry::getValue)
            .findFirst().orElse(GENERAL);
        String text = choices.get(random.nextInt(choices.size()));
        int max = field.path("validate").path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }
}
