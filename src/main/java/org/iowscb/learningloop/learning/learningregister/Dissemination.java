package org.iowscb.learningloop.learning.learningregister;

import java.time.LocalDate;

/** How a lesson is spread (a method of the framework's table), who owns it, whom it reports to. */
record Dissemination(String method, String ownerGroup, String reportsTo, String state, LocalDate completedOn) {
}
