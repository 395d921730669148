package org.stint.posting;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stint.shared.Money;

/**
 * The browse page's queries: one page of open postings with their company's name, and one grouped
 * query for the facet counts and the total. The SQL is assembled from fixed fragments only; every
 * user value, including the keyword query, is a bound parameter.
 */
@Repository
class PostingSearch {

    static final int PAGE_SIZE = 20;

    /** A prefix standing for more lexemes than this goes to GIN as a prefix. */
    static final int PREFIX_LEXEMES = 50;

    private static final String CARD_COLUMNS = """
            select p.id, p.title, p.category, p.skills, p.hours_per_week, p.duration_weeks, p.work_mode,
                   p.city, p.country, p.pay_amount_minor, p.pay_currency, p.pay_type, p.openings,
                   p.application_deadline, p.published_at, c.id as company_id, c.name as company_name
            from postings p
            join companies c on c.id = p.company_id
            """;

    /**
     * A results page reads only these columns (not the description) while it sorts and skips, and
     * looks up the company's name for its 20 rows only once they are chosen.
     */
    private static final String PAGE_COLUMNS = """
            p.id, p.title, p.category, p.skills, p.hours_per_week, p.duration_weeks, p.work_mode, p.city,
            p.country, p.pay_amount_minor, p.pay_currency, p.pay_type, p.pay_total_minor, p.openings,
            p.application_deadline, p.published_at, p.company_id""";

    /**
     * The tsquery of {@link KeywordQuery}: all terms, and the last word stemmed or as a prefix.
     * The prefix is spelled out as the lexemes it stands for ({@code search_lexemes}, V36), which
     * GIN intersects far more cheaply than a prefix; with more than {@value #PREFIX_LEXEMES} of
     * them it stays a prefix. Each lexeme is quoted as a tsquery literal.
     */
    private static final String TSQUERY = "(to_tsquery('english', :kwTerms)"
            + " && (to_tsquery('english', :kwLast) || coalesce("
            + "(select case when count(*) <= " + PREFIX_LEXEMES + " then string_agg("
            + "'''' || replace(replace(l.lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ')::tsquery end"
            + " from (select lexeme from search_lexemes where lexeme >= :kwLast and lexeme < :kwPrefixEnd order by lexeme"
            + " limit " + (PREFIX_LEXEMES + 1) + ") l),"
            + " to_tsquery('simple', :kwPrefix))))";

    /**
     * The tsquery as a one-row relation {@code kw}, built once per statement. Written inline, a
     * re-used prepared statement's generic plan would parse and stem the words again for every
     * candidate row it filters and scores ({@code offset 0} keeps the planner from inlining it).
     */
    private static final String KEYWORDS = "(select " + TSQUERY + " as q offset 0) kw cross join ";

    /**
     * Relevance blended with recency: how often the words occur in the weighted document (title
     * 1.0, skills 0.4, company 0.2, description 0.1), halved for a posting 30 days old, a third at
     * 60. {@code ts_rank} rather than {@code ts_rank_cd} (cover density, which also weighs how
     * close the words stand): on documents as short as a posting's the order hardly differs, and
     * it costs a fifth as much, 0.4 against 2 ms for the thousand candidates of a common word.
     * The age is in floating point ({@code date_part}; {@code extract} would compute in numeric,
     * which doubled the cost of scoring).
     */
    private static final String SCORE = "ts_rank('{0.1, 0.2, 0.4, 1.0}', p.search_document, kw.q)"
            + " / (1 + date_part('epoch', now() - p.published_at) / 2592000)";

    /**
     * Relevance is scored over at most this many matches, the newest ones, when a search has more:
     * scoring reads every candidate's document, so without a bound a common word would cost in
     * proportion to the marketplace. Recency is part of the score anyway; pages past the bound
     * (50 pages of 20) are scored over every match.
     */
    static final int RANK_CANDIDATES = 1_000;

    private final JdbcClient jdbc;

    private final SearchSummaryCache summaries;

    private final SearchResultCache results;

    PostingSearch(
            JdbcClient jdbc,
            @Value("${stint.search.summary-cache-seconds:0}") int summarySeconds,
            @Value("${stint.search.result-cache-seconds:0}") int resultSeconds) {
        this.jdbc = jdbc;
        this.summaries = new SearchSummaryCache(summarySeconds, this::summaryForAnyone);
        this.results = new SearchResultCache(resultSeconds);
    }

    /** {@code partnerOnlyUniversity}: the viewer's partner-only university, or null (issue #4). */
    SearchResult search(PostingFilter filter, LocalDate today, Long partnerOnlyUniversity) {
        if (partnerOnlyUniversity != null) {
            return read(filter, today, partnerOnlyUniversity, 0);
        }
        // read first: what the search then reads is at least as new as the number
        long version = SearchResultCache.postingsVersion(jdbc);
        return results.get(filter, today, version, () -> read(filter, today, null, version));
    }

    /** {@code version}: the postings' version number, for the kept counts of unrestricted viewers. */
    private SearchResult read(PostingFilter filter, LocalDate today, Long partnerOnlyUniversity, long version) {
        Map<String, Object> params = new HashMap<>();
        KeywordQuery keywords = filter.hasKeywords() ? KeywordQuery.parse(filter.q()) : null;
        boolean ignored = filter.hasKeywords() && keywords == null;
        // issue #4: the partner-only rule; a restricted viewer's counts are never cached or shared
        String where = where(filter, keywords, today, params) + PartnerOnlyRule.where(partnerOnlyUniversity, params);
        String postings = (keywords == null ? "" : KEYWORDS) + "postings p ";
        Summary summary = partnerOnlyUniversity == null
                ? summaries.get(filter, today, version)
                : summary(postings + where, params);
        int page = filter.page();
        List<PostingCard> items = List.of();
        long offset = (long) (page - 1) * PAGE_SIZE;
        if (summary.total() > offset) {
            params.put("limit", PAGE_SIZE);
            params.put("offset", offset);
            boolean scored = keywords != null && filter.sort() == SearchSort.RELEVANCE;
            String from = postings + where;
            if (scored && summary.total() > RANK_CANDIDATES && offset + PAGE_SIZE <= RANK_CANDIDATES) {
                params.put("candidates", RANK_CANDIDATES);
                from = KEYWORDS + "(" + newestMatches(where) + ") p";
            }
            String page20 = "select " + PAGE_COLUMNS + (scored ? ", " + SCORE + " as score" : "") + " from " + from
                    + orderBy(filter, keywords, false) + " limit :limit offset :offset";
            // The company's name is looked up for the 20 rows by primary key: a join let the planner
            // hash every company for them.
            items = jdbc.sql("select p.*, (select c.name from companies c where c.id = p.company_id) as company_name"
                            + " from (" + page20 + ") p" + orderBy(filter, keywords, true))
                    .params(params)
                    .query(PostingSearch::card)
                    .list();
        }
        return new SearchResult(items, summary.total(), page, PAGE_SIZE, summary.facets(), ignored);
    }

    /**
     * The newest {@value #RANK_CANDIDATES} matches, found week by week (V41): each week's matches
     * newest first, the newest week first, so the limit keeps exactly the newest ones and the
     * executor stops at the week that completes them; older weeks are never read.
     */
    private static String newestMatches(String where) {
        return "select " + PAGE_COLUMNS + ", p.search_document from " + KEYWORDS
                + "generate_series(stint_search_week(now()),"
                + " (select stint_search_week(min(o.published_at)) from postings o where o.status = 'OPEN'), -1) w(week)"
                + " cross join lateral (select " + PAGE_COLUMNS + ", p.search_document from postings p " + where
                + " and stint_search_week(p.published_at) = w.week order by p.published_at desc, p.id desc) p"
                + " limit :candidates";
    }

    /** The total and the facet counts, from one pass over the matches. */
    record Summary(long total, SearchFacets facets) {}

    /** The counts of a search for a viewer without the partner-only rule, which may be shared. */
    private Summary summaryForAnyone(PostingFilter filter, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        KeywordQuery keywords = filter.hasKeywords() ? KeywordQuery.parse(filter.q()) : null;
        String where = where(filter, keywords, today, params);
        return summary((keywords == null ? "" : KEYWORDS) + "postings p " + where, params);
    }

    /** {@code from}: the postings and the where clause of the search. */
    private Summary summary(String from, Map<String, Object> params) {
        List<SearchFacets.Count> categories = new ArrayList<>();
        List<SearchFacets.Count> modes = new ArrayList<>();
        List<SearchFacets.Count> countries = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("select grouping(p.category) as g_category, grouping(p.work_mode) as g_mode,"
                        + " grouping(p.country) as g_country, p.category, p.work_mode, p.country, count(*) as n"
                        + " from " + from
                        + " group by grouping sets ((p.category), (p.work_mode), (p.country), ())"
                        + " order by n desc")
                .params(params)
                .query(rs -> {
                    long n = rs.getLong("n");
                    if (rs.getInt("g_category") == 0) {
                        categories.add(new SearchFacets.Count(rs.getString("category"), n));
                    } else if (rs.getInt("g_mode") == 0) {
                        modes.add(new SearchFacets.Count(rs.getString("work_mode"), n));
                    } else if (rs.getInt("g_country") == 0) {
                        countries.add(new SearchFacets.Count(rs.getString("country"), n));
                    } else {
                        total[0] = n;
                    }
                });
        return new Summary(total[0], new SearchFacets(categories, modes, countries));
    }

    /** The newest open postings matching a search, for its Atom feed. */
    List<PostingCard> newest(PostingFilter filter, LocalDate today, int count, Long partnerOnlyUniversity) {
        Map<String, Object> params = new HashMap<>();
        KeywordQuery keywords = filter.hasKeywords() ? KeywordQuery.parse(filter.q()) : null;
        String where = where(filter, keywords, today, params)
                + PartnerOnlyRule.where(partnerOnlyUniversity, params); // issue #4
        params.put("limit", count);
        String columns = keywords == null
                ? CARD_COLUMNS
                : CARD_COLUMNS.replace("from postings p", "from " + KEYWORDS + "postings p");
        return jdbc.sql(columns + where + " order by p.published_at desc, p.id desc limit :limit")
                .params(params)
                .query(PostingSearch::card)
                .list();
    }

    private static String where(
            PostingFilter filter, KeywordQuery keywords, LocalDate today, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("where p.status = 'OPEN' and p.application_deadline >= :today");
        params.put("today", today);
        if (keywords != null) {
            sql.append(" and p.search_document @@ kw.q");
            params.put("kwTerms", keywords.terms());
            params.put("kwLast", keywords.last());
            params.put("kwPrefix", keywords.lastPrefix());
            params.put("kwPrefixEnd", keywords.lastPrefix().isEmpty() ? keywords.last() : keywords.prefixEnd());
        }
        if (filter.category() != null) {
            sql.append(" and p.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.mode() != null) {
            sql.append(" and p.work_mode = :mode");
            params.put("mode", filter.mode().name());
        }
        if (filter.country() != null) {
            sql.append(" and p.country = :country");
            params.put("country", filter.country());
        }
        if (filter.city() != null) {
            sql.append(" and lower(p.city) = lower(:city)");
            params.put("city", filter.city());
        }
        String combination = keywords == null ? null : filterCombination(filter);
        if (combination != null) {
            // the one key of the search index (V43) holding exactly the postings with these values;
            // without words the b-tree indexes serve better, reading a filter's postings newest first
            sql.append(" and stint_search_filters(p.category, p.work_mode, p.country, p.pay_type, p.pay_currency)"
                    + " @> array[cast(:filterCombination as text)]");
            params.put("filterCombination", combination);
        }
        List<String> skills = filter.skillList();
        if (!skills.isEmpty()) {
            sql.append(" and stint_lower_skills(p.skills) @> string_to_array(:skills, ',')");
            params.put(
                    "skills",
                    String.join(
                            ",",
                            skills.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()));
        }
        if (filter.minHours() != null) {
            sql.append(" and p.hours_per_week >= :minHours");
            params.put("minHours", filter.minHours());
        }
        if (filter.maxHours() != null) {
            sql.append(" and p.hours_per_week <= :maxHours");
            params.put("maxHours", filter.maxHours());
        }
        if (filter.maxWeeks() != null) {
            sql.append(" and p.duration_weeks <= :maxWeeks");
            params.put("maxWeeks", filter.maxWeeks());
        }
        if (filter.payType() != null) {
            sql.append(" and p.pay_type = :payType");
            params.put("payType", filter.payType().name());
        }
        if (filter.deadlineAfter() != null) {
            sql.append(" and p.application_deadline >= :deadlineAfter");
            params.put("deadlineAfter", filter.deadlineAfter());
        }
        if (filter.currency() != null) {
            sql.append(" and p.pay_currency = :currency");
            params.put("currency", filter.currency());
            if (filter.minPay() != null) {
                sql.append(" and p.pay_total_minor >= :minPayMinor");
                params.put(
                        "minPayMinor",
                        Money.ofMajor(BigDecimal.valueOf(filter.minPay()), filter.currency())
                                .minorUnits());
            }
        }
        return sql.toString();
    }

    /**
     * The search's equality filters as the search index's key for their combination (V43: the
     * fields in a fixed order, joined by '&'), or null when it has none.
     */
    private static String filterCombination(PostingFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.category() != null) {
            parts.add("category=" + filter.category().name());
        }
        if (filter.mode() != null) {
            parts.add("mode=" + filter.mode().name());
        }
        if (filter.country() != null) {
            parts.add("country=" + filter.country());
        }
        if (filter.payType() != null) {
            parts.add("payType=" + filter.payType().name());
        }
        if (filter.currency() != null) {
            parts.add("currency=" + filter.currency());
        }
        return parts.isEmpty() ? null : String.join("&", parts);
    }

    /**
     * The page's order; relevance uses the {@code score} column once the inner query has computed
     * it ({@code scored}), the score expression otherwise.
     */
    private static String orderBy(PostingFilter filter, KeywordQuery keywords, boolean scored) {
        return switch (filter.sort()) {
            case RELEVANCE ->
                keywords == null
                        ? " order by p.published_at desc, p.id desc"
                        : " order by " + (scored ? "score" : SCORE) + " desc, p.published_at desc, p.id desc";
            case DEADLINE -> " order by p.application_deadline, p.id";
            case PAY -> " order by p.pay_currency, p.pay_total_minor desc, p.id desc";
            case NEWEST -> " order by p.published_at desc, p.id desc";
        };
    }

    /** Maps a row of the card columns; other posting queries that list cards reuse it. */
    static PostingCard card(ResultSet rs, int row) throws SQLException {
        int hours = rs.getInt("hours_per_week");
        int weeks = rs.getInt("duration_weeks");
        return new PostingCard(
                rs.getLong("id"),
                rs.getString("title"),
                Category.valueOf(rs.getString("category")),
                skills(rs.getArray("skills")),
                hours,
                weeks,
                WorkMode.valueOf(rs.getString("work_mode")),
                rs.getString("city"),
                rs.getString("country"),
                new Pay(
                        Money.of(rs.getLong("pay_amount_minor"), rs.getString("pay_currency")),
                        PayType.valueOf(rs.getString("pay_type")),
                        hours,
                        weeks),
                rs.getInt("openings"),
                rs.getObject("application_deadline", LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                rs.getLong("company_id"),
                rs.getString("company_name"));
    }

    static List<String> skills(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
