package org.stint.notification;

import java.util.List;

/** Writes an in-app notice the way the notification module does, for tests in other packages. */
public final class Notices {

    private Notices() {}

    public static void positionFilled(NoticeService notices, long userId, String postingTitle) {
        notices.notify(List.of(userId), "positionFilled", "/postings/1", postingTitle);
    }
}
