/**
 * Case references (`SCR-2026-0001`), case types, and starting one case from another with the
 * same start check its start listener applies.
 */
@NamedInterface("casereference")
package org.iowscb.learningloop.platform.casereference;

import org.springframework.modulith.NamedInterface;
