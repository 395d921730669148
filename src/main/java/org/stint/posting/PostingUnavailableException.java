package org.stint.posting;

/** A posting a student may not open, with the reason they may be told (the page answers 404). */
public class PostingUnavailableException extends RuntimeException {

    private final transient PostingService.Unavailable why;

    PostingUnavailableException(PostingService.Unavailable why) {
        super("Posting unavailable: " + why.reason());
        this.why = why;
    }

    public PostingService.Unavailable why() {
        return why;
    }
}
