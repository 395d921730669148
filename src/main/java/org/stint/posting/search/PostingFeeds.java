package org.stint.posting.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Postings for machines: the Atom feed of a search and the sitemap of open postings. */
@Service
@Transactional(readOnly = true)
@NamedInterface("search")
public class PostingFeeds {

    /** A feed holds the newest entries of its search. */
    static final int FEED_SIZE = 50;

    /** The sitemap protocol's limit of URLs in one file. */
    public static final int SITEMAP_LIMIT = 50_000;

    /** An open posting's address and when it last changed. */
    public record SitemapEntry(long id, Instant lastModified) {}

    private final PostingBrowsing postings;

    private final JdbcClient jdbc;

    private final Clock clock;

    PostingFeeds(PostingBrowsing postings, JdbcClient jdbc, Clock clock) {
        this.postings = postings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The feed of a search as this viewer may see it ({@code studentUserId} null: not a student). */
    List<PostingCard> feed(PostingFilter filter, Long studentUserId) {
        return postings.newest(filter, FEED_SIZE, studentUserId);
    }

    /** The newest open postings whose deadline is ahead, at most {@link #SITEMAP_LIMIT}. */
    public List<SitemapEntry> openPostings() {
        return jdbc.sql("""
                        select p.id, p.updated_at from postings p
                        where p.status = 'OPEN' and p.application_deadline >= :today
                        order by p.published_at desc, p.id desc
                        limit :limit
                        """)
                .param("today", LocalDate.now(clock))
                .param("limit", SITEMAP_LIMIT)
                .query((rs, row) -> new SitemapEntry(
                        rs.getLong("id"),
                        rs.getObject("updated_at", Timestamp.class).toInstant()))
                .list();
    }
}
