package org.stint.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.search.PostingBrowsing;
import org.stint.posting.search.PostingCard;
import org.stint.posting.search.PostingFilter;
import org.stint.posting.search.SearchResult;

@Service
class SavedSearchService {

    static final int MAX_PER_STUDENT = 20;

    /** How deep one alert looks into the newest matches (pages of the browse query). */
    static final int PAGES_PER_CHECK = 3;

    private final SavedSearchRepository searches;

    private final PostingBrowsing postings;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SavedSearchService(
            SavedSearchRepository searches,
            PostingBrowsing postings,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.searches = searches;
        this.postings = postings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    SavedSearch save(long studentId, SaveSearchForm form) {
        if (searches.countByStudentId(studentId) >= MAX_PER_STUDENT) {
            throw new AlertRefusedException("alert.save.tooMany");
        }
        PostingFilter filter = SearchQueries.parse(form.query(), Map.of()).normalized();
        String query = filter.queryString();
        String name = form.name() == null || form.name().isBlank()
                ? (filter.q() == null ? "All postings" : filter.q())
                : form.name().strip();
        return searches.save(new SavedSearch(
                studentId, name.length() > 120 ? name.substring(0, 120) : name, query, form.frequency()));
    }

    @Transactional(readOnly = true)
    List<SavedSearch> mine(long studentId) {
        return searches.findByStudentIdOrderByCreatedAtDesc(studentId);
    }

    @Transactional
    void change(long studentId, long id, Frequency frequency) {
        owned(studentId, id).change(frequency);
    }

    @Transactional
    void delete(long studentId, long id) {
        searches.delete(owned(studentId, id));
    }

    @Transactional(readOnly = true)
    SavedSearch byToken(String token) {
        return searches.findByUnsubscribeToken(token).orElseThrow(SavedSearchNotFoundException::new);
    }

    @Transactional
    void unsubscribe(String token) {
        searches.findByUnsubscribeToken(token)
                .orElseThrow(SavedSearchNotFoundException::new)
                .unsubscribe();
    }

    /**
     * Sends one alert if the search is due and postings published since it was saved match it and
     * have not been sent yet. The delivery rows and the event are written in one transaction, and
     * the primary key on (search, posting) makes a second run send nothing twice.
     *
     * @return how many postings this alert announced
     */
    @Transactional
    int check(long id) {
        SavedSearch search = searches.findById(id).orElse(null);
        Instant now = Instant.now(clock);
        if (search == null || !search.isDue(now)) {
            return 0;
        }
        List<PostingCard> candidates = newMatches(search);
        List<SavedSearchMatched.Match> delivered = new ArrayList<>();
        for (PostingCard card : candidates) {
            int inserted = jdbc.sql("""
                            insert into saved_search_deliveries (saved_search_id, posting_id) values (:search, :posting)
                            on conflict do nothing
                            """)
                    .param("search", id)
                    .param("posting", card.id())
                    .update();
            if (inserted == 1) {
                delivered.add(new SavedSearchMatched.Match(card.id(), card.title(), card.companyName()));
            }
        }
        search.checked(now);
        if (!delivered.isEmpty()) {
            events.publishEvent(new SavedSearchMatched(
                    search.getStudentId(),
                    id,
                    search.getName(),
                    search.getLink(),
                    search.getUnsubscribeToken(),
                    delivered));
        }
        return delivered.size();
    }

    private List<PostingCard> newMatches(SavedSearch search) {
        List<PostingCard> found = new ArrayList<>();
        for (int page = 1; page <= PAGES_PER_CHECK; page++) {
            PostingFilter filter =
                    SearchQueries.parse(search.getQuery(), Map.of("sort", "NEWEST", "page", String.valueOf(page)));
            SearchResult result = postings.search(filter, search.getStudentId()); // obeys the partner-only rule
            for (PostingCard card : result.items()) {
                if (card.publishedAt().isBefore(search.getCreatedAt())) {
                    return found;
                }
                found.add(card);
            }
            if (!result.hasNext()) {
                break;
            }
        }
        return found;
    }

    private SavedSearch owned(long studentId, long id) {
        return searches.findById(id)
                .filter(s -> s.getStudentId() == studentId)
                .orElseThrow(SavedSearchNotFoundException::new);
    }
}
