package org.stint.posting.search;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * How many results of a search fall in each field, work mode and country, largest first: the
 * links beside the results. Counted over the matches a search works on ({@link
 * PostingSearch#MATCH_LIMIT}); {@code exact} is false when the search has more, and the page then
 * shows the values without their counts.
 */
@NamedInterface("search")
public record SearchFacets(List<Count> categories, List<Count> modes, List<Count> countries, boolean exact) {

    /** A value of one facet and how many results carry it. */
    public record Count(String value, long count) {}

    public static SearchFacets none() {
        return new SearchFacets(List.of(), List.of(), List.of(), true);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && modes.isEmpty() && countries.isEmpty();
    }
}
