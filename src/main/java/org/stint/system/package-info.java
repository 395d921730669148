/** Technical glue: security, database start-up, layout, error pages, home page and demo data. */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "account :: demo",
            "company",
            "company :: demo",
            "engagement :: demo",
            "hiring :: demo",
            "posting",
            "posting :: demo",
            "posting :: search",
            "student :: demo",
            "university :: demo",
            "shared"
        })
package org.stint.system;

import org.springframework.modulith.ApplicationModule;
