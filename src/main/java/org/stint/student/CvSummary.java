package org.stint.student;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What the profile page says about the student's CV, without loading the file. */
record CvSummary(String fileName, int sizeBytes, Instant uploadedAt) {

    /** Size for people: "84 KB", "1.2 MB". */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    public LocalDate uploadedOn() {
        return LocalDate.ofInstant(uploadedAt, ZoneOffset.UTC);
    }
}
