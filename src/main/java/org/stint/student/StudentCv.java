package org.stint.student;

import java.time.Instant;

/** A student's CV: a PDF (checked by its content on upload), at most 5 MB. */
public record StudentCv(String fileName, byte[] content, int sizeBytes, Instant uploadedAt) {}
