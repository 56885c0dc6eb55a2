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

    /** Presses a dynamic list's "Add new" (the form has one list that may grow). */
    void addEntry() {
        By add = By.cssSelector("form.fjs-form button.fjs-repeat-render-add");
        WebElement button = browser.waitUntil("the list's 'Add new' button", ExpectedConditions.presenceOfElementLocated(add));
        browser.scrollIntoView(button);
        browser.click(button);
    }

    /** The option labels of a form-js checklist (each checkbox sits inside its label). */
    List<String> checklistLabels(String key) {
        return optionLabels("checkbox", key);
    }

    /** Ticks the option of a form-js checklist with this label. */
    void tick(String key, String label) {
        select("checkbox", key, label);
    }

    /** Picks the option of a form-js radio group with this label. */
    void pick(String key, String label) {
        select("radio", key, label);
    }

    /**
     * Opens a form-js select and picks the option by its label. form-js 1.x puts the field's id on a
     * hidden input; a person clicks the visible box ({@code .fjs-input-group}) of the field.
     */
    void choose(String key, String label) {
        By field = By.xpath("//form[contains(@class,'fjs-form')]//*[substring(@id, string-length(@id) - "
            + key.length() + ") = '-" + key + "']/ancestor::*[contains(@class,'fjs-form-field')][1]");
        WebElement container = browser.waitUntil("the select '" + key + "'", ExpectedConditions.presenceOfElementLocated(field));
        WebElement box = container.findElement(By.cssSelector(".fjs-input-group"));
        browser.click(box);
        By option = By.xpath("//form[contains(@class,'fjs-form')]//*[contains(@class,'fjs-dropdownlist-item')"
            + " and normalize-space(.)='" + label + "']");
        WebElement item = browser.waitUntil("the option '" + label + "' of '" + key + "'; the field reads: "
                + container.getDomProperty("outerHTML"), ExpectedConditions.presenceOfElementLocated(option));
        browser.scrollIntoView(item);
        item.click();
        browser.waitUntil("'" + key + "' shows " + label,
            d -> d.findElement(field).findElement(By.cssSelector(".fjs-input-group")).getText().contains(label));
    }

    /** Ticks or picks the option of a checklist or radio group (each input inside its label) by its label. */
    private void select(String type, String key, String label) {
        browser.waitUntil("the " + type + "es of '" + key + "' are rendered", d -> !d.findElements(options(type, key)).isEmpty());
        WebElement input = browser.driver().findElements(options(type, key)).stream()
            .filter(b -> b.findElement(By.xpath("./ancestor::label[1]")).getText().trim().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option '" + label + "' in '" + key + "'; it offers "
                + optionLabels(type, key)));
        String id = input.getDomAttribute("id");
        if (!input.isSelected()) {
            browser.click(input);
        }
        browser.waitUntil("'" + label + "' is selected in '" + key + "'", d -> d.findElement(By.id(id)).isSelected());
    }

    private List<String> optionLabels(String type, String key) {
        return browser.driver().findElements(options(type, key)).stream()
            .map(box -> box.findElement(By.xpath("./ancestor::label[1]")).getText().trim())
            .toList();
    }

    private static By options(String type, String key) {
        return By.cssSelector("form.fjs-form input[type='" + type + "'][id*='-" + key + "-']");
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
