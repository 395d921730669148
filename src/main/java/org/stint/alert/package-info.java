/**
 * Saved searches and their alerts: a student saves any search and hears about new matches
 * instantly, daily or weekly, exactly once per posting.
 */
@ApplicationModule(allowedDependencies = {"account", "posting", "posting :: search", "shared"})
package org.stint.alert;

import org.springframework.modulith.ApplicationModule;
