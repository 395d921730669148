package org.stint.company;

/** A company as other modules and pages see it. */
public record CompanySummary(
        long id, String name, String slug, String website, String industry, String country, String about) {}
