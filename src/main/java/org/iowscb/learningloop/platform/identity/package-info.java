/**
 * Groups, users and the board's role model; the choice lists that forms offer.
 */
@NamedInterface("identity")
package org.iowscb.learningloop.platform.identity;

import org.springframework.modulith.NamedInterface;
