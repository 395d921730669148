/**
 * In-app notices and e-mail, driven by other modules' events through Spring Modulith's durable
 * event publication registry.
 */
@ApplicationModule(
        allowedDependencies = {"account", "alert", "company", "engagement", "hiring", "posting", "university", "shared"
        })
package org.stint.notification;

import org.springframework.modulith.ApplicationModule;
