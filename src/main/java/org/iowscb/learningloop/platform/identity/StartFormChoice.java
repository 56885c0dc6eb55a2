package org.iowscb.learningloop.platform.identity;

/**
 * A list that start forms may offer, contributed by the module that knows it (the cases, the
 * lessons of the register): its name is the {@code valuesKey} a form's select uses, its choices
 * a JSON list of {@code {value, label}}. {@link StartFormChoices} adds every such list to every
 * start form, next to the agencies, schools and owners.
 */
public interface StartFormChoice {

    /** The variable name a form's {@code valuesKey} uses. */
    String name();

    /** The choices now: a JSON list of {@code {value, label}} (see {@code JsonValue}). */
    Object choices();
}
