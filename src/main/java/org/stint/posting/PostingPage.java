package org.stint.posting;

import org.stint.company.CompanySummary;

/**
 * What a posting's public page shows of the posting and its company, with the schema.org
 * JobPosting JSON-LD built from both: kept as one value under the postings' version
 * ({@link PostingService#publicPage}).
 */
record PostingPage(PostingDetails posting, CompanySummary company, String jobPostingJsonLd) {

    static PostingPage of(PostingDetails posting, CompanySummary company) {
        return new PostingPage(posting, company, JobPostingJsonLd.script(JobPostingJsonLd.of(posting, company)));
    }
}
