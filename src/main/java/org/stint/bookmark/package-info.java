/**
 * Bookmarks: a student saves postings to come back to them (a button on each posting and card),
 * and finds them at {@code /saved-postings}, each saying whether it still takes applications.
 */
@ApplicationModule(allowedDependencies = {"account", "posting", "shared"})
package org.stint.bookmark;

import org.springframework.modulith.ApplicationModule;
