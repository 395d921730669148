package org.stint.posting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search as the browse page's URL carries it. Every field is optional; values that cannot be
 * bound (a typo in a shared link) arrive as {@code null} and are ignored.
 */
public record PostingFilter(
        String q,
        Category category,
        WorkMode mode,
        String country,
        Integer minHours,
        Integer maxHours,
        String currency,
        Integer minPay,
        SearchSort sort,
        Integer page) {

    static final int MAX_KEYWORDS_LENGTH = 200;

    public static PostingFilter none() {
        return new PostingFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** Trims, cuts overlong text, drops out-of-range numbers and puts the hours range in order. */
    public PostingFilter normalized() {
        String keywords = q == null ? null : q.strip();
        if (keywords != null && keywords.length() > MAX_KEYWORDS_LENGTH) {
            keywords = keywords.substring(0, MAX_KEYWORDS_LENGTH);
        }
        Integer low = inRange(minHours, 1, 40);
        Integer high = inRange(maxHours, 1, 40);
        if (low != null && high != null && low > high) {
            Integer swap = low;
            low = high;
            high = swap;
        }
        String countryCode = country == null || !country.strip().matches("[A-Za-z]{2}")
                ? null
                : country.strip().toUpperCase(Locale.ROOT);
        String currencyCode = currency == null || !currency.strip().matches("USD|GBP|INR|EUR|usd|gbp|inr|eur")
                ? null
                : currency.strip().toUpperCase(Locale.ROOT);
        Integer pay = minPay == null || minPay <= 0 || currencyCode == null ? null : minPay;
        SearchSort order = sort == null ? (blank(keywords) ? SearchSort.NEWEST : SearchSort.RELEVANCE) : sort;
        if (order == SearchSort.RELEVANCE && blank(keywords)) {
            order = SearchSort.NEWEST;
        }
        int pageNumber = page == null || page < 1 ? 1 : Math.min(page, 10_000);
        return new PostingFilter(
                blank(keywords) ? null : keywords,
                category,
                mode,
                countryCode,
                low,
                high,
                currencyCode,
                pay,
                order,
                pageNumber);
    }

    public boolean hasKeywords() {
        return !blank(q);
    }

    /** This search at another page: a link that keeps every filter. */
    public String pageLink(int pageNumber) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/postings");
        queryParams().forEach(link::queryParam);
        if (pageNumber > 1) {
            link.queryParam("page", pageNumber);
        }
        return link.encode().build().toUriString();
    }

    /** The filters of this search as URL parameters (without the page). */
    public Map<String, Object> queryParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "category", category);
        put(params, "mode", mode);
        put(params, "country", country);
        put(params, "minHours", minHours);
        put(params, "maxHours", maxHours);
        put(params, "currency", currency);
        put(params, "minPay", minPay);
        put(params, "sort", sort);
        return params;
    }

    private static void put(Map<String, Object> params, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(name, value);
        }
    }

    private static Integer inRange(Integer value, int min, int max) {
        return value == null || value < min || value > max ? null : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
