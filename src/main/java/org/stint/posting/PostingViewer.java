package org.stint.posting;

/**
 * Who looks at postings, as far as the partner-only rule, the "vetted partner" marks and the
 * "you applied" marks care: a student (their user id and university), or nobody in particular
 * (anyone else, signed in or not). A viewer with a university carries the {@link
 * PostingVisibility} that found it, which writes the approved-partner condition.
 */
public record PostingViewer(
        Long studentUserId,
        Long universityId,
        String universityName,
        boolean partnerOnly,
        String country,
        PostingVisibility visibility) {

    public static final PostingViewer ANYONE = new PostingViewer(null, null, null, false, null, null);

    static PostingViewer studentWithoutUniversity(long studentUserId) {
        return new PostingViewer(studentUserId, null, null, false, null, null);
    }

    /**
     * The currency this viewer is paid in, most likely: their university's country's (GBP in the
     * UK, INR in India, EUR in the euro area), else USD, the marketplace's largest.
     */
    public String currency() {
        if (country == null) {
            return "USD";
        }
        return switch (country) {
            case "GB" -> "GBP";
            case "IN" -> "INR";
            case "IE", "DE", "FR", "NL", "ES", "IT", "PT", "BE", "AT", "FI" -> "EUR";
            default -> "USD";
        };
    }

    /** The university whose vetted partners are all this viewer may see, or null. */
    Long partnerOnlyUniversity() {
        return partnerOnly ? universityId : null;
    }
}
