/** Postings: their lifecycle, browsing and search, and the employer's list of them. */
@ApplicationModule(allowedDependencies = {"account", "company", "shared"})
package org.stint.posting;

import org.springframework.modulith.ApplicationModule;
