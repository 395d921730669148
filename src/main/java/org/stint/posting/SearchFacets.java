package org.stint.posting;

import java.util.List;

/**
 * How many results of a search fall in each field, work mode and country: the counts shown beside
 * the results, from one grouped query (which also yields the total).
 */
public record SearchFacets(List<Count> categories, List<Count> modes, List<Count> countries) {

    /** A value of one facet and how many results carry it; largest first. */
    public record Count(String value, long count) {}

    public static SearchFacets none() {
        return new SearchFacets(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return categories.isEmpty() && modes.isEmpty() && countries.isEmpty();
    }
}
