package org.stint.student;

import org.stint.shared.FileContent;

/** The rules for a CV file: a PDF by its content (not its name or declared type), at most 5 MB. */
final class CvFiles {

    static final int MAX_BYTES = FileContent.MAX_UPLOAD_BYTES;

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
        if (!FileContent.is(FileContent.Kind.PDF, content)) {
            throw new CvRejectedException(CvRejectedException.Reason.NOT_PDF);
        }
    }

    /**
     * A file name that is safe to store and to send back: no folders, no control or quoting
     * characters, at most 200 characters, ending in ".pdf".
     */
    static String safeName(String original) {
        return FileContent.safeName(original, "cv.pdf", ".pdf");
    }
}
