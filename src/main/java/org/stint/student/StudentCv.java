package org.stint.student;

import java.time.Instant;

/** A student's CV: a PDF (checked by its content on upload), at most 5 MB. */
public record StudentCv(String fileName, byte[] content, int sizeBytes, Instant uploadedAt) {
    /** The CV as a download: an attachment, never rendered inline, never cached by shared caches. */
    public org.springframework.http.ResponseEntity<byte[]> asAttachment() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .contentLength(sizeBytes)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }
}
