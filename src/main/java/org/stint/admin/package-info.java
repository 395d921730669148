/** Platform administration: universities, users and moderation of reported postings. */
@ApplicationModule(allowedDependencies = {"account", "university", "posting", "shared"})
package org.stint.admin;

import org.springframework.modulith.ApplicationModule;
