package org.stint.hiring;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A private note a company member wrote on an application: who, when, what. */
record ApplicationNote(long id, String authorName, Instant createdAt, String body) {

    /** When it was written, in UTC as the rest of the application's history. */
    public LocalDateTime atUtc() {
        return LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }
}
