package org.stint.university;

/** What other modules need to know of a university. */
public record UniversityRef(long id, String name, String country) {}
