package org.stint.posting.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.stint.posting.Category;
import org.stint.posting.PayType;
import org.stint.posting.WorkMode;

/**
 * A search as the browse page's URL carries it ({@link #fromQuery}). Every field is optional;
 * values that cannot be read (a typo in a shared link) arrive as {@code null} and are ignored.
 */
@NamedInterface("search")
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
        Integer page,
        String skills,
        String city,
        Integer maxWeeks,
        PayType payType,
        LocalDate deadlineAfter) {

    static final int MAX_KEYWORDS_LENGTH = 200;

    static final int MAX_SKILLS = 5;

    static final int MAX_SKILL_LENGTH = 50;

    static final int MAX_CITY_LENGTH = 100;

    /** A search by the browse page's main filters, the others unset. */
    public PostingFilter(
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
        this(
                q, category, mode, country, minHours, maxHours, currency, minPay, sort, page, null, null, null, null,
                null);
    }

    /**
     * The search a URL's query carries. A value that does not parse (a typo in a shared link, say
     * {@code category=FOO}) is left unset rather than refused; repeated text values are joined
     * by commas, as a form's repeated fields would be. Read by hand, not by Spring's data binder,
     * which looks each of a record's constructor arguments up as a parameter and as a header: a
     * large share of a results page's work for fields that are only ever query parameters.
     */
    public static PostingFilter fromQuery(MultiValueMap<String, String> query) {
        return new PostingFilter(
                QueryValues.text(query, "q"),
                QueryValues.choice(query, "category", Category.class),
                QueryValues.choice(query, "mode", WorkMode.class),
                QueryValues.text(query, "country"),
                QueryValues.number(query, "minHours"),
                QueryValues.number(query, "maxHours"),
                QueryValues.text(query, "currency"),
                QueryValues.number(query, "minPay"),
                QueryValues.choice(query, "sort", SearchSort.class),
                QueryValues.number(query, "page"),
                QueryValues.text(query, "skills"),
                QueryValues.text(query, "city"),
                QueryValues.number(query, "maxWeeks"),
                QueryValues.choice(query, "payType", PayType.class),
                QueryValues.day(query, "deadlineAfter"));
    }

    public static PostingFilter none() {
        return new PostingFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** Trims, cuts overlong text, drops out-of-range numbers and puts the hours range in order. */
    public PostingFilter normalized() {
        String keywords = q == null ? null : q.strip();
        if (keywords != null) {
            keywords = cut(keywords, MAX_KEYWORDS_LENGTH).strip();
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
        // kept without a currency too, so that the form shows the amount with a message asking
        // for its currency; the search applies it only with one
        Integer pay = minPay == null || minPay <= 0 ? null : minPay;
        SearchSort order = sort == null ? (blank(keywords) ? SearchSort.NEWEST : SearchSort.RELEVANCE) : sort;
        if (order == SearchSort.RELEVANCE && blank(keywords)) {
            order = SearchSort.NEWEST;
        }
        int pageNumber = page == null || page < 1 ? 1 : Math.min(page, SearchResult.MAX_PAGES);
        List<String> skillList = skillList();
        String cityName = blank(city) ? null : cut(city.strip(), MAX_CITY_LENGTH);
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
                pageNumber,
                skillList.isEmpty() ? null : String.join(", ", skillList),
                cityName,
                inRange(maxWeeks, 1, 26),
                payType,
                deadlineAfter);
    }

    /** The skills asked for: comma-separated, at most five, each cut to a sensible length. */
    public List<String> skillList() {
        if (blank(skills)) {
            return List.of();
        }
        return Arrays.stream(skills.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> cut(s, MAX_SKILL_LENGTH))
                .distinct()
                .limit(MAX_SKILLS)
                .toList();
    }

    /** The Atom feed of this search (same filters, newest first). */
    public String feedLink() {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/postings/feed");
        queryParams().forEach((name, value) -> {
            if (!name.equals("sort")) {
                link.queryParam(name, value);
            }
        });
        return link.encode().build().toUriString();
    }

    /** This search with one more filter value, for the facet links. */
    public String withLink(String name, Object value) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/postings");
        Map<String, Object> params = queryParams();
        params.put(name, value);
        params.forEach(link::queryParam);
        return link.encode().build().toUriString();
    }

    /** The same search at its first page: what the form and the facets depend on. */
    public PostingFilter withoutPage() {
        return page == null ? this : ordered(sort, null);
    }

    /** The same filters in another order and at another page (null: the default). */
    public PostingFilter ordered(SearchSort order, Integer pageNumber) {
        return new PostingFilter(
                q,
                category,
                mode,
                country,
                minHours,
                maxHours,
                currency,
                minPay,
                order,
                pageNumber,
                skills,
                city,
                maxWeeks,
                payType,
                deadlineAfter);
    }

    /** Whether any filter but the words is set (or another order than relevance): the form shows them all. */
    public boolean hasFiltersBeyondKeywords() {
        Map<String, Object> params = queryParams();
        params.remove("q");
        if (sort == SearchSort.RELEVANCE) {
            params.remove("sort");
        }
        return !params.isEmpty();
    }

    /** A minimum pay was typed without a currency: the search cannot apply it, the form asks for one. */
    public boolean minPayWithoutCurrency() {
        return minPay != null && currency == null;
    }

    public boolean hasKeywords() {
        return !blank(q);
    }

    /** This search's query string (no page), as saved searches keep it. */
    public String queryString() {
        String link = pageLink(1);
        int question = link.indexOf('?');
        return question < 0 ? "" : link.substring(question + 1);
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
        put(params, "skills", skills);
        put(params, "city", city);
        put(params, "maxWeeks", maxWeeks);
        put(params, "payType", payType);
        put(params, "deadlineAfter", deadlineAfter);
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

    private static String cut(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
