/** Universities, their e-mail domains and career-office staff; later partnership vetting and reports. */
@ApplicationModule(allowedDependencies = {"account", "shared"})
package org.stint.university;

import org.springframework.modulith.ApplicationModule;
