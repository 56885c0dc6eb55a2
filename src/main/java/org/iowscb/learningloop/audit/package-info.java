/**
 * Audits of practice (framework section 6): thematic, multi-agency and single agency case audits,
 * section 11 and section 175 self-assessments, and the quarterly learning report.
 */
@ApplicationModule(displayName = "Audits")
package org.iowscb.learningloop.audit;

import org.springframework.modulith.ApplicationModule;
