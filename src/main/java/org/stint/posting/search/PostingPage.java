package org.stint.posting.search;

import org.stint.company.CompanySummary;
import org.stint.posting.Applied;

/**
 * What a posting's public page shows of the posting and its company, with the schema.org
 * JobPosting JSON-LD built from both, the viewing student's university when it vetted the
 * company ({@code vettedBy}, else null) and the viewing student's application ({@code applied},
 * else null) and whether they saved it.
 */
public record PostingPage(
        PostingDetails posting,
        CompanySummary company,
        String vettedBy,
        Applied applied,
        boolean saved,
        String jobPostingJsonLd) {

    static PostingPage of(
            PostingDetails posting, CompanySummary company, String vettedBy, Applied applied, boolean saved) {
        return new PostingPage(
                posting,
                company,
                vettedBy,
                applied,
                saved,
                JobPostingJsonLd.script(JobPostingJsonLd.of(posting, company)));
    }
}
