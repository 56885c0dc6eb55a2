/**
 * The edition of Working Together a case follows (2013 or 2023), chosen by configuration, recorded
 * on every case at its start and kept for life, with the names that differ between editions.
 */
@NamedInterface("edition")
package org.iowscb.learningloop.platform.edition;

import org.springframework.modulith.NamedInterface;
