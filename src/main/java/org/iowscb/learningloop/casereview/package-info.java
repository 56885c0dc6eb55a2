/**
 * Reviews of cases (framework sections 4 and 5): the referral and the review-type decision, serious
 * case reviews, multi-agency case reviews, individual management reviews, child death reviews and
 * national learning reviews. Each hands its findings to the learning module.
 */
@ApplicationModule(displayName = "Case reviews")
package org.iowscb.learningloop.casereview;

import org.springframework.modulith.ApplicationModule;
