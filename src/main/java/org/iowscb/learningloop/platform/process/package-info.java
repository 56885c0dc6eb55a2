/**
 * Shared process support: variable declarations, input checks and the rules every process uses.
 */
@NamedInterface("process")
package org.iowscb.learningloop.platform.process;

import org.springframework.modulith.NamedInterface;
