package org.stint.posting.search;

import org.springframework.modulith.NamedInterface;

@NamedInterface("search")
public enum SearchSort {
    RELEVANCE,
    NEWEST,
    DEADLINE,
    PAY
}
