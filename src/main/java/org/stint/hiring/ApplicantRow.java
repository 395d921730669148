package org.stint.hiring;

import java.time.Instant;
import java.util.List;

/** One applicant in the employer's list, with their free hours a week under their cap. */
record ApplicantRow(
        long applicationId,
        String studentName,
        String university,
        String programme,
        Short graduationYear,
        List<String> skills,
        String coverNote,
        ApplicationStatus status,
        Instant submittedAt,
        boolean hasCv,
        HourCap hours) {

    public java.time.LocalDate submittedOn() {
        return java.time.LocalDate.ofInstant(submittedAt, java.time.ZoneOffset.UTC);
    }
}
