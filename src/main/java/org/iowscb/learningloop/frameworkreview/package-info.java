/**
 * The yearly review of the Learning and Improvement Framework itself, and its ratification by the
 * Board (framework section 10).
 */
@ApplicationModule(displayName = "Framework review")
package org.iowscb.learningloop.frameworkreview;

import org.springframework.modulith.ApplicationModule;
