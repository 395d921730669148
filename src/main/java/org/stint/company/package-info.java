/** Companies and their members (employers). */
@ApplicationModule(allowedDependencies = {"account", "account :: demo", "shared"})
package org.stint.company;

import org.springframework.modulith.ApplicationModule;
