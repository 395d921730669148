/** Users, roles, sign-in: who someone is and what kind of user they are. */
@ApplicationModule(allowedDependencies = "shared")
package org.stint.account;

import org.springframework.modulith.ApplicationModule;
