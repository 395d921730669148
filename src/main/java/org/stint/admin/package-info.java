/** Platform administration: universities, users and moderation of reported postings. */
@ApplicationModule(allowedDependencies = {"account", "university", "posting", "posting :: moderation", "shared"})
package org.stint.admin;

import org.springframework.modulith.ApplicationModule;
