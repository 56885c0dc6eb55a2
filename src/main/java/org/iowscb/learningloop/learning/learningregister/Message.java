package org.iowscb.learningloop.learning.learningregister;

/** What a caller is told when the register refuses a request. */
record Message(String message) {
}
