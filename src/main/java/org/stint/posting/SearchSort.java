package org.stint.posting;

public enum SearchSort {
    RELEVANCE,
    NEWEST,
    DEADLINE,
    PAY
}
