package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key that templates and controllers use exists in one of the bundles listed in
 * {@code spring.messages.basename} (messages/messages.properties and one bundle per module).
 */
class MessagesTests {

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.]+)'\\s*\\+");

    /**
     * A fragment call (th:replace, th:insert): its quoted arguments that look like keys are keys, and
     * those ending in a dot are prefixes the fragment completes with an enum value.
     */
    private static final Pattern FRAGMENT_CALL = Pattern.compile("th:(?:replace|insert)=\"([^\"]*)\"");

    private static final Pattern ARGUMENT_KEY = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)'");

    private static final Pattern ARGUMENT_PREFIX = Pattern.compile("'([a-z][A-Za-z0-9_.]*\\.)'");

    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:rejectValue\\(\"\\w+\", |addFlashAttribute\\(\"flash(?:Error)?\", |reject\\(|Exception\\(|step\\(\\w+, \\w+, |lifecycle\\(\\w+, )\"([a-z]+\\.[A-Za-z.]+)\"");

    /** Keys built from an enum value in templates: prefix → enum class. */
    private static final Map<String, String> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("category.", "org.stint.posting.Category"),
            Map.entry("workMode.", "org.stint.posting.WorkMode"),
            Map.entry("pay.", "org.stint.posting.PayType"),
            Map.entry("payType.", "org.stint.posting.PayType"),
            Map.entry("postingStatus.", "org.stint.posting.PostingStatus"),
            Map.entry("applicationStatus.", "org.stint.hiring.ApplicationStatus"),
            Map.entry("role.", "org.stint.account.Role"),
            Map.entry("hiring.dispute.outcome.", "org.stint.hiring.DisputeOutcome"),
            Map.entry("partnershipStatus.", "org.stint.university.PartnershipStatus"),
            Map.entry("alert.frequency.", "org.stint.alert.Frequency"),
            Map.entry("posting.browse.sort.", "org.stint.posting.search.SearchSort"),
            Map.entry("account.verify.outcome.", "org.stint.account.EmailVerification$Outcome"),
            Map.entry("engagement.timeline.REVIEW.", "org.stint.engagement.ReviewDecision"),
            Map.entry("engagement.timeline.HOURS.", "org.stint.engagement.HoursAction"),
            Map.entry("engagement.deliverable.status.", "org.stint.engagement.DeliverableStatus"),
            Map.entry("engagement.timesheet.status.", "org.stint.engagement.TimesheetStatus"),
            Map.entry("hiring.applicants.sort.", "org.stint.hiring.ApplicantSort"),
            Map.entry("bookmark.state.", "org.stint.bookmark.SavedPosting$State"));

    @Test
    void everyKeyUsedExists() throws Exception {
        Properties messages = allBundles();
        Set<String> missing = new TreeSet<>();
        for (Path template : files(Path.of("src/main/resources/templates"), ".html")) {
            String html = Files.readString(template);
            collect(STATIC_KEY.matcher(html), messages, missing, template);
            Matcher call = FRAGMENT_CALL.matcher(html);
            while (call.find()) {
                collect(ARGUMENT_KEY.matcher(call.group(1)), messages, missing, template);
                collectEnumKeys(ARGUMENT_PREFIX.matcher(call.group(1)), messages, missing, template);
            }
            collectEnumKeys(DYNAMIC_KEY.matcher(html), messages, missing, template);
        }
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            collect(JAVA_KEY.matcher(Files.readString(source)), messages, missing, source);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromAStatusExistForEveryStatus() throws Exception {
        Properties messages = allBundles();
        for (Object status : Class.forName("org.stint.hiring.ApplicationStatus").getEnumConstants()) {
            for (String key : new String[] {
                "hiring.refused.to." + status,
                "hiring.next." + status,
                "notice.status." + status + ".title",
                "notice.status." + status + ".body"
            }) {
                assertThat(messages).as(key).containsKey(key);
            }
        }
    }

    /** The keys of each prefix found, one per constant of the enum that ENUM_PREFIXES names for it. */
    private static void collectEnumKeys(Matcher prefixes, Properties messages, Set<String> missing, Path template)
            throws ClassNotFoundException {
        while (prefixes.find()) {
            String prefix = prefixes.group(1);
            assertThat(ENUM_PREFIXES)
                    .as("dynamic key prefix %s in %s", prefix, template)
                    .containsKey(prefix);
            for (Object constant : Class.forName(ENUM_PREFIXES.get(prefix)).getEnumConstants()) {
                String key = prefix + constant;
                if (!messages.containsKey(key)) {
                    missing.add(key + " (" + template.getFileName() + ")");
                }
            }
        }
    }

    private static void collect(Matcher matcher, Properties messages, Set<String> missing, Path where) {
        while (matcher.find()) {
            if (!messages.containsKey(matcher.group(1))) {
                missing.add(matcher.group(1) + " (" + where.getFileName() + ")");
            }
        }
    }

    /** Every bundle named by {@code spring.messages.basename}, loaded into one set of keys. */
    private Properties allBundles() throws IOException {
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        String basenames = application.getProperty("spring.messages.basename");
        assertThat(basenames).isNotBlank();
        Properties messages = new Properties();
        for (String basename : basenames.split("\\s*,\\s*")) {
            try (InputStream in = getClass().getResourceAsStream("/" + basename + ".properties")) {
                assertThat(in).as("bundle %s", basename).isNotNull();
                Properties bundle = new Properties();
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                for (String key : bundle.stringPropertyNames()) {
                    assertThat(messages).as("key %s is in two bundles", key).doesNotContainKey(key);
                }
                messages.putAll(bundle);
            }
        }
        return messages;
    }

    @Test
    void everyBundleIsListed() throws IOException {
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        Set<String> listed = new TreeSet<>(Arrays.asList(
                application.getProperty("spring.messages.basename").split("\\s*,\\s*")));
        for (Path bundle : files(Path.of("src/main/resources/messages"), ".properties")) {
            String name = "messages/" + bundle.getFileName().toString().replace(".properties", "");
            assertThat(listed).as("%s in spring.messages.basename", name).contains(name);
        }
    }

    private static Path[] files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toArray(Path[]::new);
        }
    }

    @Test
    void enumPrefixesPointAtRealEnums() throws ClassNotFoundException {
        for (String type : ENUM_PREFIXES.values()) {
            assertThat(Arrays.asList(Class.forName(type).getEnumConstants())).isNotEmpty();
        }
    }
}
