package org.stint.posting.search;

/** A posting a student may not open, with the reason they may be told (the page answers 404). */
public class PostingUnavailableException extends RuntimeException {

    private final transient PostingBrowsing.Unavailable why;

    PostingUnavailableException(PostingBrowsing.Unavailable why) {
        super("Posting unavailable: " + why.reason());
        this.why = why;
    }

    public PostingBrowsing.Unavailable why() {
        return why;
    }
}
