package org.stint.hiring;

import java.time.Instant;

/** One step of an application's history as both sides see it. */
record TimelineEntry(ApplicationStatus from, ApplicationStatus to, String actorName, String note, Instant at) {}
