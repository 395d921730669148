package org.stint.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file is, read from its first bytes ("magic numbers"), never from its name or
 * the type the browser declared; and a file name that is safe to store and send back. CVs (PDF
 * only) and deliverables (PDF, images, ZIP-based office files) both use it.
 */
public final class FileContent {

    /** The kinds Stint accepts, each with its signature, media type and usual extension. */
    public enum Kind {
        PDF("%PDF-".getBytes(StandardCharsets.US_ASCII), "application/pdf", ".pdf"),
        PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "image/png", ".png"),
        JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg", ".jpg"),
        ZIP(new byte[] {'P', 'K', 0x03, 0x04}, "application/zip", ".zip");

        private final byte[] magic;

        private final String mediaType;

        private final String extension;

        Kind(byte[] magic, String mediaType, String extension) {
            this.magic = magic;
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        boolean matches(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

    /** The largest file anyone may upload (a CV, a deliverable): 5 MB. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private static final int MAX_NAME_LENGTH = 200;

    private FileContent() {}

    /** The kind the content is, if it is one of {@link Kind}. */
    public static Optional<Kind> kindOf(byte[] content) {
        for (Kind kind : Kind.values()) {
            if (kind.matches(content)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Whether the content is of this kind. */
    public static boolean is(Kind kind, byte[] content) {
        return kind.matches(content);
    }

    /**
     * A file name that is safe to store and to send back: no folders, no control or quoting
     * characters, at most 200 characters. Without one of the allowed extensions, {@code extension}
     * is added (so "cv" becomes "cv.pdf", and "report.pdf" for a PNG becomes "report.pdf.png").
     */
    public static String safeName(String original, String fallback, String extension, String... alsoAllowed) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = fallback;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean allowed =
                lower.endsWith(extension) || Arrays.stream(alsoAllowed).anyMatch(lower::endsWith);
        if (!allowed) {
            name = name + extension;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
