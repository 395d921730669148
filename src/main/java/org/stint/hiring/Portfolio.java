package org.stint.hiring;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A student's public portfolio: who they are and what they completed, newest first. */
record Portfolio(
        UUID publicId,
        String name,
        String university,
        String programme,
        Integer graduationYear,
        List<String> skills,
        String bio,
        String links,
        List<PortfolioEntry> completed) {

    /** The links, one per line; only http(s) addresses become links on the page. */
    public List<Link> linkList() {
        if (links == null) {
            return List.of();
        }
        return Arrays.stream(links.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> new Link(line, line.matches("(?i)^https?://\\S+$")))
                .toList();
    }

    record Link(String text, boolean web) {}
}
