package org.stint.posting;

/** The field a posting's work belongs to. */
public enum Category {
    SOFTWARE,
    DATA,
    DESIGN,
    MARKETING,
    RESEARCH,
    FINANCE,
    OPERATIONS,
    WRITING
}
