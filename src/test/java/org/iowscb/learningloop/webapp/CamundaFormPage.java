package org.iowscb.learningloop.webapp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda Form as form-js renders it in Tasklist. form-js gives every field an id ending in
 * {@code -<key>} (a date field: {@code -<key>-date}), so fields are found by their key.
 */
final class CamundaFormPage {

    private static final By FORM = By.cssSelector("form.fjs-form");
    private static final By LABELS = By.cssSelector("form.fjs-form .fjs-form-field-label");

    private final WebappBrowser browser;

    CamundaFormPage(WebappBrowser browser) {
        this.browser = browser;
        browser.waitUntil("the Camunda Form is rendered", ExpectedConditions.visibilityOfElementLocated(FORM));
    }

    String text() {
        return browser.driver().findElement(FORM).getText();
    }

    /** The labels of the fields, without the asterisk of a required field. */
    List<String> labels() {
        return browser.driver().findElements(LABELS).stream()
            .map(label -> label.getText().replaceAll("\\s*\\*\\s*$", "").trim())
            .toList();
    }

    /** Whether a field with this key is rendered and visible (form-js removes hidden fields). */
    boolean shows(String key) {
        return browser.driver().findElements(field(key)).stream().anyMatch(WebElement::isDisplayed);
    }

    WebElement input(String key) {
        return browser.waitUntil("the form field '" + key + "'", ExpectedConditions.visibilityOfElementLocated(field(key)));
    }

    void fillText(String key, String text) {
        WebElement input = input(key);
        browser.type(input, text);
        browser.waitUntil("the field '" + key + "' holds the text typed", d -> text.equals(input(key).getDomProperty("value")));
    }

    void setCheckbox(String key, boolean checked) {
        WebElement box = input(key);
        if (box.isSelected() != checked) {
            browser.click(box);
        }
        browser.waitUntil("the checkbox '" + key + "' is " + (checked ? "ticked" : "clear"),
            d -> input(key).isSelected() == checked);
    }

    /**
     * Types the date into the text input of form-js's date picker (flatpickr), in the order its
     * placeholder asks for ({@code dd/mm/yyyy}, set by the webapps' uk-form-dates script), and
     * confirms it with Enter. The field is then checked for the date it means, not for the
     * characters typed (a picker may show a day without its zero).
     */
    String fillDate(String key, LocalDate date) {
        WebElement input = input(key + "-date");
        String order = input.getDomAttribute("placeholder");
        String typed = date.format(DateTimeFormatter.ofPattern(order.replace("mm", "MM")));
        browser.type(input, typed);
        input.sendKeys(Keys.ENTER);
        DateTimeFormatter shown = DateTimeFormatter.ofPattern(order.replace("mm", "M").replace("dd", "d"));
        browser.waitUntil("the date field '" + key + "' shows " + date + " (typed " + typed + ")",
            d -> date.equals(parseOrNull(input(key + "-date").getDomProperty("value"), shown)));
        return typed;
    }

    private static LocalDate parseOrNull(String value, DateTimeFormatter format) {
        try {
            return value == null ? null : LocalDate.parse(value.trim(), format);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static By field(String key) {
        return By.cssSelector("form.fjs-form [id$='-" + key + "']");
    }
}
