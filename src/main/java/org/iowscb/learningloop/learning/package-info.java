/**
 * The learning loop (framework sections 7 to 9): findings handed over by reviews and audits
 * ({@link org.iowscb.learningloop.learning.LearningHandovers}), the learning cycle that identifies,
 * embeds and evaluates them, improvement actions, and the learning register.
 */
@ApplicationModule(displayName = "Learning")
package org.iowscb.learningloop.learning;

import org.springframework.modulith.ApplicationModule;
