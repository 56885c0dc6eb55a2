/**
 * The Board's view of its framework at work (issue 13): the board page {@code /board/} with the
 * open cases against their statutory clocks, the improvement actions, the audits' returns and
 * compliance, the learning and the timeliness of the year, each cut to what the signed-in person
 * may see. It reads the engine and the other modules' figures; it changes nothing.
 */
@ApplicationModule(displayName = "Board")
package org.iowscb.learningloop.board;

import org.springframework.modulith.ApplicationModule;
