package org.stint.posting;

import java.time.LocalDate;

/** A line of the employer's postings list, with how many applied. */
record EmployerPostingRow(
        long id,
        String title,
        PostingStatus status,
        boolean expired,
        int openings,
        LocalDate applicationDeadline,
        long applicants,
        boolean hidden,
        String hiddenReason) {}
