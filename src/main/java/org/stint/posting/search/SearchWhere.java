package org.stint.posting.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stint.posting.PartnerOnlyRule;
import org.stint.posting.PostingViewer;
import org.stint.shared.Money;

/**
 * The where clause of a search over {@code postings p}: its filters, its words and the partner-only
 * rule, from fixed fragments with every user value bound as a parameter.
 */
final class SearchWhere {

    private SearchWhere() {}

    /**
     * A search's where clause over {@code postings p}, its words (null: none), and whether its
     * equality filters leave a small enough part of the marketplace (one posting in twenty or fewer,
     * by each filter's share of the postings) that the index reads the words and the filters
     * together in one pass, rather than week by week.
     */
    record Where(String sql, KeywordQuery keywords, boolean narrow) {}

    /** Each equality filter's share of the postings, roughly: a field, a work mode, a country... */
    private static final double CATEGORY_SHARE = 1.0 / 8,
            MODE_SHARE = 1.0 / 3,
            COUNTRY_SHARE = 1.0 / 5,
            PAY_TYPE_SHARE = 1.0 / 2,
            CURRENCY_SHARE = 1.0 / 4,
            CITY_SHARE = 1.0 / 50,
            NARROW = 1.0 / 20;

    static Where where(
            PostingFilter filter,
            KeywordQuery keywords,
            LocalDate today,
            PostingViewer viewer,
            Map<String, Object> params) {
        double share = (filter.category() == null ? 1 : CATEGORY_SHARE)
                * (filter.mode() == null ? 1 : MODE_SHARE)
                * (filter.country() == null ? 1 : COUNTRY_SHARE)
                * (filter.payType() == null ? 1 : PAY_TYPE_SHARE)
                * (filter.currency() == null ? 1 : CURRENCY_SHARE)
                * (filter.city() == null ? 1 : CITY_SHARE);
        return new Where(
                conditions(filter, keywords, today, params) + PartnerOnlyRule.where(viewer, params),
                keywords,
                share <= NARROW);
    }

    private static String conditions(
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
        String combination = filterCombination(filter);
        if (combination != null) {
            // the one key of the search index (V43) holding exactly the postings with these values
            sql.append(COMBINATION);
            params.put("filterCombination", combination);
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
            sql.append(CITY);
            params.put("city", filter.city());
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

    private static final String CITY = " and lower(p.city) = lower(:city)";

    private static final String COMBINATION =
            " and stint_search_filters(p.category, p.work_mode, p.country, p.pay_type, p.pay_currency)"
                    + " @> array[cast(:filterCombination as text)]";
}
