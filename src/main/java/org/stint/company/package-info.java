/** Companies and their members (employers). */
@ApplicationModule(allowedDependencies = {"account", "shared"})
package org.stint.company;

import org.springframework.modulith.ApplicationModule;
