package org.stint.posting;

/** A fixed fee for the whole assignment, or a rate per hour worked. */
public enum PayType {
    FIXED,
    HOURLY
}
