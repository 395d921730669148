package org.stint.posting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stint.shared.Money;

/**
 * The browse page's query: open postings with their company's name in one statement, plus one
 * count. The SQL is assembled from fixed fragments only; every user value is a bound parameter.
 */
@Repository
class PostingSearch {

    static final int PAGE_SIZE = 20;

    private static final String CARD_COLUMNS = """
            select p.id, p.title, p.category, p.skills, p.hours_per_week, p.duration_weeks, p.work_mode,
                   p.city, p.country, p.pay_amount_minor, p.pay_currency, p.pay_type, p.openings,
                   p.application_deadline, p.published_at, c.id as company_id, c.name as company_name
            from postings p
            join companies c on c.id = p.company_id
            """;

    private final JdbcClient jdbc;

    PostingSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code partnerOnlyUniversity}: the viewer's partner-only university, or null (issue #4). */
    SearchResult search(PostingFilter filter, LocalDate today, Long partnerOnlyUniversity) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, today, params) + PartnerOnlyRule.where(partnerOnlyUniversity, params);
        long total = jdbc.sql("select count(*) from postings p " + where)
                .params(params)
                .query(Long.class)
                .single();
        int page = filter.page();
        params.put("limit", PAGE_SIZE);
        params.put("offset", (long) (page - 1) * PAGE_SIZE);
        List<PostingCard> items = jdbc.sql(CARD_COLUMNS + where + orderBy(filter) + " limit :limit offset :offset")
                .params(params)
                .query(PostingSearch::card)
                .list();
        return new SearchResult(items, total, page, PAGE_SIZE);
    }

    /** The newest open postings, for the home page. */
    List<PostingCard> latest(int count, LocalDate today, Long partnerOnlyUniversity) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("count", count);
        return jdbc.sql(CARD_COLUMNS
                        + "where p.status = 'OPEN' and p.application_deadline >= :today "
                        + PartnerOnlyRule.where(partnerOnlyUniversity, params) // issue #4
                        + " order by p.published_at desc, p.id desc limit :count")
                .params(params)
                .query(PostingSearch::card)
                .list();
    }

    private static String where(PostingFilter filter, LocalDate today, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("where p.status = 'OPEN' and p.application_deadline >= :today");
        params.put("today", today);
        if (filter.hasKeywords()) {
            sql.append(" and p.search_vector @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.q());
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
        if (filter.minHours() != null) {
            sql.append(" and p.hours_per_week >= :minHours");
            params.put("minHours", filter.minHours());
        }
        if (filter.maxHours() != null) {
            sql.append(" and p.hours_per_week <= :maxHours");
            params.put("maxHours", filter.maxHours());
        }
        if (filter.currency() != null) {
            sql.append(" and p.pay_currency = :currency");
            params.put("currency", filter.currency());
            if (filter.minPay() != null) {
                sql.append(" and p.pay_total_minor >= :minPayMinor");
                params.put(
                        "minPayMinor",
                        Money.ofMajor(java.math.BigDecimal.valueOf(filter.minPay()), filter.currency())
                                .minorUnits());
            }
        }
        return sql.toString();
    }

    private static String orderBy(PostingFilter filter) {
        return switch (filter.sort()) {
            case RELEVANCE ->
                " order by ts_rank_cd(p.search_vector, websearch_to_tsquery('english', :q)) desc,"
                        + " p.published_at desc, p.id desc";
            case DEADLINE -> " order by p.application_deadline, p.id";
            case PAY -> " order by p.pay_currency, p.pay_total_minor desc, p.id desc";
            case NEWEST -> " order by p.published_at desc, p.id desc";
        };
    }

    private static PostingCard card(ResultSet rs, int row) throws SQLException {
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
