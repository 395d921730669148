package org.stint.student;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** The rules for a CV file: a PDF by its content (not its name or declared type), at most 5 MB. */
final class CvFiles {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private static final int MAX_NAME_LENGTH = 200;

    private CvFiles() {}

    /** Checks a declared size before anything is read into memory. */
    static void checkSize(long sizeBytes) {
        if (sizeBytes <= 0) {
            throw new CvRejectedException(CvRejectedException.Reason.EMPTY);
        }
        if (sizeBytes > MAX_BYTES) {
            throw new CvRejectedException(CvRejectedException.Reason.TOO_LARGE);
        }
    }

    static void check(byte[] content) {
        checkSize(content.length);
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new CvRejectedException(CvRejectedException.Reason.NOT_PDF);
        }
    }

    /**
     * A file name that is safe to store and to send back: no folders, no control or quoting
     * characters, at most 200 characters, ending in ".pdf".
     */
    static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "cv.pdf";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH - 4) + ".pdf";
        }
        return name;
    }
}
