package org.stint.posting;

/** DRAFT → OPEN → CLOSED. An open posting whose deadline has passed counts as closed. */
public enum PostingStatus {
    DRAFT,
    OPEN,
    CLOSED
}
