package org.iowscb.learningloop.learning.learningregister;

/** A theme of the controlled list (for example {@code neglect}, "Neglect"). */
record Theme(String code, String label) {
}
