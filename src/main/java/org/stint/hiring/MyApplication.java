package org.stint.hiring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A line of the student's "my applications" list. */
record MyApplication(
        long id,
        long postingId,
        String postingTitle,
        String companyName,
        ApplicationStatus status,
        Instant submittedAt,
        Instant updatedAt) {

    public LocalDate submittedOn() {
        return LocalDate.ofInstant(submittedAt, ZoneOffset.UTC);
    }

    public LocalDate updatedOn() {
        return LocalDate.ofInstant(updatedAt, ZoneOffset.UTC);
    }
}
