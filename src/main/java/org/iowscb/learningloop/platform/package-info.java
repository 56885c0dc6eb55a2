/**
 * The ground every process stands on: engine set-up, identity and groups, security and the input
 * gate, working days, case references, email notifications, the webapps' look, and the shared
 * process support (variables, guards, start checks). Other modules use only its named interfaces.
 */
@ApplicationModule(displayName = "Platform")
package org.iowscb.learningloop.platform;

import org.springframework.modulith.ApplicationModule;
