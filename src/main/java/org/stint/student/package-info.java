/** Student profiles (and later portfolios); student sign-up with a university e-mail. */
@ApplicationModule(allowedDependencies = {"account", "university", "shared"})
package org.stint.student;

import org.springframework.modulith.ApplicationModule;
