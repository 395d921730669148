/** Technical glue: security, database start-up, layout, error pages, home page and demo data. */
@ApplicationModule(allowedDependencies = {"account", "company", "posting", "posting :: search", "shared"})
package org.stint.system;

import org.springframework.modulith.ApplicationModule;
