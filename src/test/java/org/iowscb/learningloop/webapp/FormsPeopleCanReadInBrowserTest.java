package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.support.ReferralFacts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 12, "forms people can read", as an agency's worker sees it in Tasklist: the form of a real
 * task opens with its header (the case reference, the type of case in words, the statutory due date
 * the English way, what submitting does), and its fields carry help text.
 */
class FormsPeopleCanReadInBrowserTest extends BrowserTest {

    static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
        .withZone(ZoneId.of("Europe/London"));
    static final By HEADER = By.cssSelector("form.fjs-form .fjs-form-field-text");
    static final By HELP_TEXTS = By.cssSelector("form.fjs-form .fjs-form-field-description");

    @Test
    void theNotifyOfstedFormShowsItsCaseTypeDueDateAndWhatSubmittingDoes() {
        String caseReference = rest.startCase("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        Task notify = tasks.createTaskQuery().processInstanceBusinessKey(caseReference)
            .taskDefinitionKey(CaseReviewReferral.Elements.NOTIFY_OFSTED).singleResult();
        String due = ENGLISH_DAY.format(notify.getDueDate().toInstant());

        TasklistPage tasklist = tasklistAs("childrens-services");
        tasklist.selectFilter(MY_GROUPS_TASKS);
        tasklist.openTask(notify.getId());
        CamundaFormPage form = tasklist.form();

        WebappBrowser browser = tasklist.browser();
        WebElement header = browser.waitUntil("the form's header shows the case",
            d -> d.findElements(HEADER).stream().filter(text -> text.getText().contains(caseReference)).findFirst()
                .orElse(null));
        assertThat(header.getText()).as("the header")
            .contains("Case " + caseReference, "Referral of a serious incident", "due " + due,
                "When you submit: the notification is recorded against the referral")
            .doesNotContain("{{");
        assertThat(due).matches("\\d{1,2} [A-Z][a-z]{2,3} \\d{4}");
        assertThat(form.text().indexOf(caseReference)).as("the header comes before the form's own text")
            .isLessThan(form.text().indexOf("Notify Ofsted of the serious incident"));

        List<String> helpTexts = browser.driver().findElements(HELP_TEXTS).stream().map(WebElement::getText).toList();
        assertThat(helpTexts).as("the fields' help texts")
            .contains("The reference Ofsted gave in its acknowledgement, if any, so the notification can be traced.");
        browser.screenshot("tasklist-form-header-and-help");
    }
}
