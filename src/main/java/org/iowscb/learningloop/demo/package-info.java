/**
 * A believable year of cases for a newcomer's first look ({@code learningloop.demo.cases}, on by
 * default on the laptop's H2 database only): referrals, reviews and audits at different stages,
 * some late, returns outstanding, lessons in the register and actions overdue, all driven through
 * the engine by the processes' own forms. Nothing depends on this module.
 */
@ApplicationModule(displayName = "Demo cases")
package org.iowscb.learningloop.demo;

import org.springframework.modulith.ApplicationModule;
