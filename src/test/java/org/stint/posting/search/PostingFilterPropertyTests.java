package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.posting.Category;
import org.stint.posting.PayType;
import org.stint.posting.PostingViewer;
import org.stint.posting.WorkMode;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.PostingFixture;

/**
 * Property-style: for hundreds of random combinations of the browse page's filters and sorts, the
 * search (its total, its facet counts and its first page) agrees with a straightforward reference:
 * every posting read with a plain {@code select} and filtered, counted and sorted in Java.
 * Keywords come from made-up words planted in some titles, so the reference can tell a match
 * without a stemmer; the rest of the data (including the demo data) takes part as it is.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostingSearch.class)
class PostingFilterPropertyTests {

    private static final List<String> WORDS = List.of("zorblax", "quintavor", "vendrix");

    private static final List<String> CATEGORIES =
            Arrays.stream(Category.values()).map(Enum::name).toList();

    private static final List<String> SKILLS = List.of("Python", "SQL", "Figma", "Excel", "Java");

    private static final List<String[]> PLACES = List.of(
            new String[] {"REMOTE", null, "US"},
            new String[] {"REMOTE", null, "IN"},
            new String[] {"ONSITE", "Leeds", "GB"},
            new String[] {"HYBRID", "Pune", "IN"},
            new String[] {"HYBRID", "Austin", "US"},
            new String[] {"ONSITE", "Austin", "US"});

    private static final List<String> CURRENCIES = List.of("USD", "GBP", "INR", "EUR");

    @Autowired
    PostingSearch search;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(Clock.systemDefaultZone());

    /** One posting as the reference query reads it. */
    record Row(
            long id,
            String status,
            LocalDate deadline,
            String title,
            String category,
            List<String> skills,
            String mode,
            String city,
            String country,
            int hours,
            int weeks,
            String payType,
            String currency,
            long payTotal,
            Instant published) {}

    @Test
    void everyFilterCombinationAgreesWithTheReference() {
        Random random = new Random(5);
        Fixtures given = new Fixtures(jdbc);
        List<Long> companies = List.of(
                given.company().named("Property One").create().id(),
                given.company().named("Property Two").create().id(),
                given.company().named("Property Three").create().id());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 150; i++) {
            String[] place = PLACES.get(random.nextInt(PLACES.size()));
            PostingFixture row = given.posting(companies.get(random.nextInt(companies.size())))
                    .title("Posting " + i + " " + WORDS.get(random.nextInt(WORDS.size())) + " work")
                    .category(CATEGORIES.get(random.nextInt(CATEGORIES.size())))
                    .skills(SKILLS.get(random.nextInt(SKILLS.size())) + "," + SKILLS.get(random.nextInt(SKILLS.size())))
                    .hours(1 + random.nextInt(40))
                    .weeks(1 + random.nextInt(26))
                    .publishedAt(now.minus(random.nextInt(5000), ChronoUnit.MINUTES))
                    .deadline(today.plusDays(random.nextInt(60) - 10));
            row = switch (place[0]) {
                case "ONSITE" -> row.onsite(place[1], place[2]);
                case "HYBRID" -> row.hybrid(place[1], place[2]);
                default -> row.country(place[2]);
            };
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            row = random.nextBoolean()
                    ? row.hourly(500 + random.nextInt(5000), currency)
                    : row.fixed(10_000 + random.nextInt(500_000), currency);
            if (random.nextInt(10) == 0) {
                row = row.closed();
            } else if (random.nextInt(10) == 0) {
                row = row.draft();
            }
            row.create();
        }
        List<Row> all = reference();

        for (int run = 0; run < 300; run++) {
            PostingFilter filter = randomFilter(random).normalized();
            List<Row> expected = all.stream().filter(matches(filter)).toList();
            SearchResult result = search.search(filter, today, PostingViewer.ANYONE);

            assertThat(result.total()).as("total of %s", filter).isEqualTo(expected.size());
            assertThat(result.facets().categories())
                    .as("category facet of %s", filter)
                    .containsExactlyInAnyOrderElementsOf(counts(expected, Row::category));
            assertThat(result.facets().modes())
                    .as("mode facet of %s", filter)
                    .containsExactlyInAnyOrderElementsOf(counts(expected, Row::mode));
            assertThat(result.facets().countries())
                    .as("country facet of %s", filter)
                    .containsExactlyInAnyOrderElementsOf(counts(expected, Row::country));
            List<Long> page = result.items().stream().map(PostingCard::id).toList();
            List<Long> expectedIds = expected.stream().map(Row::id).toList();
            if (filter.sort() == SearchSort.RELEVANCE) {
                assertThat(expectedIds).as("relevance page of %s", filter).containsAll(page);
                assertThat(page).hasSize(Math.min(expected.size(), PostingSearch.PAGE_SIZE));
            } else {
                List<Long> sorted = expected.stream()
                        .sorted(order(filter.sort()))
                        .map(Row::id)
                        .limit(PostingSearch.PAGE_SIZE)
                        .toList();
                assertThat(page).as("page of %s", filter).containsExactlyElementsOf(sorted);
            }
        }
    }

    private PostingFilter randomFilter(Random random) {
        String q = pick(random, 3, () -> {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            return random.nextBoolean() ? word : word.substring(0, 4 + random.nextInt(2));
        });
        Category category = pick(random, 3, () -> Category.valueOf(CATEGORIES.get(random.nextInt(CATEGORIES.size()))));
        WorkMode mode = pick(random, 3, () -> WorkMode.values()[random.nextInt(3)]);
        String[] place = PLACES.get(random.nextInt(PLACES.size()));
        String country = pick(random, 4, () -> place[2].toLowerCase(Locale.ROOT));
        String city = place[1] == null ? null : pick(random, 4, () -> place[1].toUpperCase(Locale.ROOT));
        Integer minHours = pick(random, 4, () -> 1 + random.nextInt(40));
        Integer maxHours = pick(random, 4, () -> 1 + random.nextInt(40));
        String currency = pick(random, 3, () -> CURRENCIES.get(random.nextInt(CURRENCIES.size())));
        Integer minPay = pick(random, 2, () -> random.nextInt(3000));
        String skills = pick(
                random,
                4,
                () -> SKILLS.get(random.nextInt(SKILLS.size()))
                        + (random.nextBoolean() ? ", " + SKILLS.get(random.nextInt(SKILLS.size())) : ""));
        Integer maxWeeks = pick(random, 4, () -> 1 + random.nextInt(26));
        PayType payType = pick(random, 4, () -> PayType.values()[random.nextInt(2)]);
        LocalDate deadlineAfter = pick(random, 4, () -> today.plusDays(random.nextInt(50)));
        SearchSort sort = pick(random, 2, () -> SearchSort.values()[random.nextInt(SearchSort.values().length)]);
        return new PostingFilter(
                q,
                category,
                mode,
                country,
                minHours,
                maxHours,
                currency,
                minPay,
                sort,
                null,
                skills,
                city,
                maxWeeks,
                payType,
                deadlineAfter);
    }

    /** A value one time in {@code oneIn}, else no filter. */
    private static <T> T pick(Random random, int oneIn, java.util.function.Supplier<T> value) {
        return random.nextInt(oneIn) == 0 ? value.get() : null;
    }

    private List<Row> reference() {
        return jdbc.sql("""
                        select id, status, application_deadline, title, category, skills, work_mode, city, country,
                               hours_per_week, duration_weeks, pay_type, pay_currency, pay_amount_minor, published_at
                        from postings
                        """)
                .query((rs, n) -> {
                    int hours = rs.getInt("hours_per_week");
                    int weeks = rs.getInt("duration_weeks");
                    long amount = rs.getLong("pay_amount_minor");
                    String payType = rs.getString("pay_type");
                    OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
                    return new Row(
                            rs.getLong("id"),
                            rs.getString("status"),
                            rs.getObject("application_deadline", LocalDate.class),
                            rs.getString("title"),
                            rs.getString("category"),
                            List.of((String[]) rs.getArray("skills").getArray()),
                            rs.getString("work_mode"),
                            rs.getString("city"),
                            rs.getString("country"),
                            hours,
                            weeks,
                            payType,
                            rs.getString("pay_currency"),
                            payType.equals("HOURLY") ? amount * hours * weeks : amount,
                            published == null ? null : published.toInstant());
                })
                .list();
    }

    private Predicate<Row> matches(PostingFilter f) {
        return r -> r.status().equals("OPEN")
                && !r.deadline().isBefore(today)
                && (f.q() == null || titleWords(r).stream().anyMatch(w -> w.startsWith(f.q())))
                && (f.category() == null || r.category().equals(f.category().name()))
                && (f.mode() == null || r.mode().equals(f.mode().name()))
                && (f.country() == null || r.country().equals(f.country()))
                && (f.city() == null || (r.city() != null && r.city().equalsIgnoreCase(f.city())))
                && (f.skillList().isEmpty()
                        || f.skillList().stream()
                                .allMatch(s -> r.skills().stream().anyMatch(s::equalsIgnoreCase)))
                && (f.minHours() == null || r.hours() >= f.minHours())
                && (f.maxHours() == null || r.hours() <= f.maxHours())
                && (f.maxWeeks() == null || r.weeks() <= f.maxWeeks())
                && (f.payType() == null || r.payType().equals(f.payType().name()))
                && (f.deadlineAfter() == null || !r.deadline().isBefore(f.deadlineAfter()))
                && (f.currency() == null || r.currency().equals(f.currency()))
                && (f.currency() == null || f.minPay() == null || r.payTotal() >= f.minPay() * 100L);
    }

    private static List<String> titleWords(Row r) {
        return Arrays.asList(r.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }

    private static List<SearchFacets.Count> counts(List<Row> rows, Function<Row, String> facet) {
        Map<String, Long> counts =
                rows.stream().collect(Collectors.groupingBy(facet, TreeMap::new, Collectors.counting()));
        List<SearchFacets.Count> list = new ArrayList<>();
        counts.forEach((value, n) -> list.add(new SearchFacets.Count(value, n)));
        return list;
    }

    private static Comparator<Row> order(SearchSort sort) {
        return switch (sort) {
            case NEWEST, RELEVANCE ->
                Comparator.comparing(Row::published)
                        .reversed()
                        .thenComparing(Comparator.comparing(Row::id).reversed());
            case DEADLINE -> Comparator.comparing(Row::deadline).thenComparing(Row::id);
            case PAY ->
                // an anonymous viewer's currency (USD) first, then GBP, INR and the rest: never converted
                Comparator.comparing((Row r) -> List.of("USD", "", "GBP", "INR").indexOf(r.currency()) < 0
                                ? 4
                                : List.of("USD", "", "GBP", "INR").indexOf(r.currency()))
                        .thenComparing(Row::currency)
                        .thenComparing(Comparator.comparing(Row::payTotal).reversed())
                        .thenComparing(Comparator.comparing(Row::id).reversed());
        };
    }
}
