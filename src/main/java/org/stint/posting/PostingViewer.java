package org.stint.posting;

/**
 * Who looks at postings, as far as the partner-only rule, the "vetted partner" marks and the
 * "you applied" marks care: a student (their user id and university), or nobody in particular
 * (anyone else, signed in or not).
 */
record PostingViewer(Long studentUserId, Long universityId, String universityName, boolean partnerOnly) {

    static final PostingViewer ANYONE = new PostingViewer(null, null, null, false);

    /** The university whose vetted partners are all this viewer may see, or null. */
    Long partnerOnlyUniversity() {
        return partnerOnly ? universityId : null;
    }
}
