/** Job applications and their status workflow: apply, review, hire, complete. */
@ApplicationModule(allowedDependencies = {"account", "posting", "student", "company", "university", "shared"})
package org.stint.hiring;

import org.springframework.modulith.ApplicationModule;
