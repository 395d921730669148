package org.stint.hiring;

import java.time.Instant;

/** A private note a company member wrote on an application: who, when, what. */
record ApplicationNote(long id, String authorName, Instant createdAt, String body) {}
