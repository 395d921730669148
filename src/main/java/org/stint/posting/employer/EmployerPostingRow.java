package org.stint.posting.employer;

import java.time.LocalDate;
import org.stint.posting.PostingStatus;

/** A line of the employer's postings list, with how many applied. */
public record EmployerPostingRow(
        long id,
        String title,
        PostingStatus status,
        boolean expired,
        int openings,
        LocalDate applicationDeadline,
        long applicants,
        boolean hidden,
        String hiddenReason) {}
