package org.stint.posting.search;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stint.posting.MarketplaceFigures;
import org.stint.posting.PartnerOnlyRule;
import org.stint.posting.PostingViewer;

/**
 * The browse page's queries. Every search works on a bounded set of matches, whatever their
 * number. It counts at most {@value #MATCH_LIMIT} matches (plus one, to know there are more) and
 * takes the facets over them; sorted by relevance, deadline or pay, the same statement reads the
 * newest {@value #MATCH_LIMIT} and ranks them; shown newest first, the count reads its matches as
 * found and the page reads only the rows up to it, in a statement of its own. A search with more
 * matches says "1,000+"; people narrow it with a word or a filter.
 *
 * <p>The SQL is assembled from fixed fragments only; every user value, including the keyword
 * query, is a bound parameter.
 */
@Repository
public class PostingSearch {

    static final int PAGE_SIZE = 20;

    /** A search counts, facets and sorts at most this many of its matches. */
    static final int MATCH_LIMIT = 1_000;

    /** A prefix standing for more lexemes than this goes to GIN as a prefix. */
    static final int PREFIX_LEXEMES = 50;

    /** What a card shows of a posting, without the description. */
    private static final String CARD_COLUMNS = """
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
     * The tsquery as a one-row relation {@code kw}, built once per statement ({@code offset 0}
     * keeps the planner from inlining it and parsing the words again for every row).
     */
    private static final String KEYWORDS = "(select " + TSQUERY + " as q offset 0) kw cross join ";

    /**
     * Relevance blended with recency: how often the words occur in the weighted document (title
     * 1.0, skills 0.4, company 0.2, description 0.1), halved for a posting 30 days old, a third at
     * 60. Scored as the matches are read, with the query {@code kw}.
     */
    private static final String SCORE = "ts_rank('{0.1, 0.2, 0.4, 1.0}', p.search_document, kw.q)"
            + " / (1 + date_part('epoch', now() - p.published_at) / 2592000) as score";

    private final JdbcClient jdbc;

    PostingSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of a search's results with its count and facets, as this viewer may see them. */
    public SearchResult search(PostingFilter filter, LocalDate today, PostingViewer viewer) {
        Map<String, Object> params = new HashMap<>();
        KeywordQuery keywords = filter.hasKeywords() ? KeywordQuery.parse(filter.q()) : null;
        boolean ignored = filter.hasKeywords() && keywords == null;
        SearchWhere.Where where = SearchWhere.where(filter, keywords, today, viewer, params);
        int page = Math.min(filter.page(), SearchResult.MAX_PAGES);
        long offset = (long) (page - 1) * PAGE_SIZE;
        params.put("matchLimit", MATCH_LIMIT + 1);
        params.put("offset", offset);
        params.put("pageSize", PAGE_SIZE);
        params.put("payCurrency", viewer.currency());
        Order order = Order.of(filter.sort(), keywords != null);
        Summary summary;
        List<PostingCard> items = List.of();
        if (order == Order.NEWEST) {
            // newest first, only the rows up to this page are read, in their own statement
            summary = summary(matches(SUMMARY_COLUMNS, where, false), null, params);
            if (summary.matches() > offset) {
                params.put("matchLimit", offset + PAGE_SIZE);
                String newest = "select * from (" + matches(order.columns, where, true) + ") m" + order.sql
                        + " limit :pageSize offset :offset";
                items = cards("(" + newest + ") m join postings p on p.id = m.id", "", order.sql, viewer, params);
            }
        } else {
            // any other order ranks the newest matches the count reads, in the same pass
            summary = summary(matches(SUMMARY_COLUMNS + ", " + order.columns, where, true), order, params);
            if (!summary.page().isEmpty()) {
                params.put("pageIds", summary.page());
                items = inPageOrder(
                        cards("postings p", " where p.id in (:pageIds)", "", viewer, params), summary.page());
            }
        }
        return new SearchResult(
                items,
                summary.matches(),
                page,
                PAGE_SIZE,
                summary.facets(),
                ignored,
                summary.markets(),
                viewer.currency());
    }

    /** The newest open postings matching a search (its Atom feed, the home page), with the vetted marks. */
    public List<PostingCard> newest(PostingFilter filter, LocalDate today, int count, PostingViewer viewer) {
        Map<String, Object> params = new HashMap<>();
        KeywordQuery keywords = filter.hasKeywords() ? KeywordQuery.parse(filter.q()) : null;
        SearchWhere.Where where = SearchWhere.where(filter, keywords, today, viewer, params);
        params.put("matchLimit", count);
        return cards(
                "(" + matches(Order.NEWEST.columns, where, true) + ") m join postings p on p.id = m.id",
                "",
                Order.NEWEST.sql,
                viewer,
                params);
    }

    /** Cards of the postings {@code p} in {@code from} (and {@code where}), with the viewer's marks. */
    private List<PostingCard> cards(
            String from, String where, String orderBy, PostingViewer viewer, Map<String, Object> params) {
        return jdbc.sql("select " + CARD_COLUMNS + ", c.name as company_name, "
                        + PartnerOnlyRule.vettedBy(viewer, params) + " as vetted_by, "
                        + PartnerOnlyRule.applied(viewer, params) + " from " + from
                        + " join companies c on c.id = p.company_id" + PartnerOnlyRule.appliedJoin(viewer)
                        + where + orderBy)
                .params(params)
                .query(PostingCardRows::card)
                .list();
    }

    private static List<PostingCard> inPageOrder(List<PostingCard> cards, List<Long> ids) {
        Map<Long, PostingCard> byId = new HashMap<>();
        cards.forEach(card -> byId.put(card.id(), card));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * At most {@code :matchLimit} matches with these columns, the newest first if {@code
     * newestFirst}. Words with {@linkplain SearchWhere.Where#narrow narrow} filters are read from the index
     * in one pass. Other words (a common word matches a good part of the marketplace) are found
     * week by week (V41), the newest week first: the executor stops at the week that completes
     * them, and unless they must be in order it reads no more rows of that week than it needs
     * ({@code offset 0} keeps the planner from joining all weeks' matches at once).
     */
    private static String matches(String columns, SearchWhere.Where where, boolean newestFirst) {
        String order = newestFirst ? " order by p.published_at desc, p.id desc" : "";
        if (where.keywords() == null) {
            return "select " + columns + " from postings p " + where.sql() + order + " limit :matchLimit";
        }
        if (where.narrow()) {
            return "select " + columns + " from " + KEYWORDS + "postings p " + where.sql() + order
                    + " limit :matchLimit";
        }
        return "select p.* from " + KEYWORDS
                + "generate_series(stint_search_week(now()),"
                + " (select stint_search_week(min(o.published_at)) from postings o where o.status = 'OPEN'), -1) w(week)"
                + " cross join lateral (select " + columns + " from postings p " + where.sql()
                + " and stint_search_week(p.published_at) = w.week" + order + " offset 0) p"
                + " limit :matchLimit";
    }

    /**
     * The number of matches (up to the limit) and the facet counts among them, in one pass, with
     * the countries that have open postings ({@link MarketplaceFigures}; empty before it first ran)
     * and, when {@code order} is given, the ids of this page of those matches in that order.
     */
    record Summary(long matches, SearchFacets facets, List<String> markets, List<Long> page) {}

    private static final String SUMMARY_COLUMNS = "p.category, p.work_mode, p.country";

    private Summary summary(String matches, Order order, Map<String, Object> params) {
        List<SearchFacets.Count> categories = new ArrayList<>();
        List<SearchFacets.Count> modes = new ArrayList<>();
        List<SearchFacets.Count> countries = new ArrayList<>();
        long[] total = {0};
        List<String> markets = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        String pageIds = order == null
                ? ""
                : ", array(select m.id from matches m" + order.sql + " limit :pageSize offset :offset) as page_ids";
        jdbc.sql("with matches as materialized (" + matches + ")"
                        + " select grouping(p.category) as g_category, grouping(p.work_mode) as g_mode,"
                        + " grouping(p.country) as g_country, p.category, p.work_mode, p.country, count(*) as n,"
                        + " (select f.countries from marketplace_figures f) as markets" + pageIds
                        + " from matches p"
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
                        Array known = rs.getArray("markets");
                        if (known != null) {
                            markets.addAll(List.of((String[]) known.getArray()));
                        }
                        if (order != null) {
                            page.addAll(List.of((Long[]) rs.getArray("page_ids").getArray()));
                        }
                    }
                });
        return new Summary(
                total[0], new SearchFacets(categories, modes, countries, total[0] <= MATCH_LIMIT), markets, page);
    }

    /**
     * The orders of a results page: the columns the matches need for it (read with them, the
     * relevance score among them) and the order by over a subquery {@code m} of them.
     */
    private enum Order {
        NEWEST("p.id, p.published_at", " order by m.published_at desc, m.id desc"),
        RELEVANCE("p.id, p.published_at, " + SCORE, " order by m.score desc, m.published_at desc, m.id desc"),
        DEADLINE("p.id, p.application_deadline", " order by m.application_deadline, m.id"),
        /**
         * Pay is never converted between currencies: the viewer's currency ({@code :payCurrency})
         * first, then USD, GBP, INR and the rest, each highest total first.
         */
        PAY(
                "p.id, p.pay_currency, p.pay_total_minor",
                " order by case m.pay_currency when cast(:payCurrency as text) then 0 when 'USD' then 1"
                        + " when 'GBP' then 2 when 'INR' then 3 else 4 end,"
                        + " m.pay_currency, m.pay_total_minor desc, m.id desc");

        final String columns;

        final String sql;

        Order(String columns, String sql) {
            this.columns = columns;
            this.sql = sql;
        }

        /** Relevance needs words; without them it is the newest first. */
        static Order of(SearchSort sort, boolean keywords) {
            return switch (sort) {
                case RELEVANCE -> keywords ? RELEVANCE : NEWEST;
                case DEADLINE -> DEADLINE;
                case PAY -> PAY;
                case NEWEST -> NEWEST;
            };
        }
    }
}
