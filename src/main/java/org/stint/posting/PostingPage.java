package org.stint.posting;

import org.stint.company.CompanySummary;

/**
 * What a posting's public page shows of the posting and its company, with the schema.org
 * JobPosting JSON-LD built from both, and the viewing student's university when it vetted the
 * company ({@code vettedBy}, else null).
 */
record PostingPage(PostingDetails posting, CompanySummary company, String vettedBy, String jobPostingJsonLd) {

    static PostingPage of(PostingDetails posting, CompanySummary company, String vettedBy) {
        return new PostingPage(
                posting, company, vettedBy, JobPostingJsonLd.script(JobPostingJsonLd.of(posting, company)));
    }
}
