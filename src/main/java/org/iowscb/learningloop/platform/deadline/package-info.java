/**
 * Statutory clocks in working days, with the bank holidays of England and Wales.
 */
@NamedInterface("deadline")
package org.iowscb.learningloop.platform.deadline;

import org.springframework.modulith.NamedInterface;
