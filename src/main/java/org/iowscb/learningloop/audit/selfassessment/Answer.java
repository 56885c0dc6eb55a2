package org.iowscb.learningloop.audit.selfassessment;

/**
 * One standard as an organisation answered it.
 *
 * @param standard the standard's key
 * @param gap      what is missing; null when the standard is met
 */
public record Answer(String standard, Rating rating, String evidence, String gap) {
}
