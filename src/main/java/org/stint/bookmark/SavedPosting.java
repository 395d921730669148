package org.stint.bookmark;

import java.time.LocalDate;
import org.stint.shared.Money;

/**
 * One of a student's bookmarks as their list shows it: the posting, its pay, and what became of
 * it ({@link State}).
 */
record SavedPosting(
        long postingId, String title, String companyName, Money pay, String payType, LocalDate deadline, State state) {

    /** Whether the posting still takes applications, and if not, why. */
    enum State {
        /** Open, before its deadline. */
        OPEN,
        /** Open, but its deadline has passed. */
        EXPIRED,
        /** Closed by the company, or filled. */
        CLOSED,
        /** Hidden by an administrator: no longer shown to anyone. */
        REMOVED;

        public boolean linked() {
            return this != REMOVED;
        }
    }
}
