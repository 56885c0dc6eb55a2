package org.iowscb.learningloop.platform.process;

/**
 * One option of a form's select, checklist or radio ({@code "valuesKey"}): what is stored, and
 * the name people know it by ("Police", "Lesson 2: ...", "SCR-2026-0004 · Serious case review").
 * A list of them is written with {@link JsonValue}, as Camunda Forms read it.
 */
public record Choice(String value, String label) {
}
