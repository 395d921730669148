package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.stint.StintApplication;
import org.stint.notification.NoticeService;
import org.stint.notification.Notices;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.OneConnectionPerRequest;
import org.stint.testsupport.TestDatabase;

/**
 * Two instances of the application, A and B, each a whole application context on its own port,
 * over one PostgreSQL: what a load balancer in front of them relies on. Every request here is real
 * HTTP through the real security filters; the session cookie is carried from one instance to the
 * other by hand, as a browser behind a load balancer would.
 */
class TwoInstancesTests {

    private static final String PASSWORD = "two-instances-password";

    /** Instances whose probe job tried to run, and those where it ran (both contexts share this JVM). */
    static final Queue<String> PROBE_ATTEMPTS = new ConcurrentLinkedQueue<>();

    static final Queue<String> PROBE_RUNS = new ConcurrentLinkedQueue<>();

    private static ConfigurableApplicationContext a;

    private static ConfigurableApplicationContext b;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void startTwoInstances() {
        a = instance("A");
        b = instance("B");
    }

    @AfterAll
    static void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static ConfigurableApplicationContext instance(String name) {
        TestDatabase.Coordinates database = TestDatabase.get();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--stint.embedded-database.enabled=false",
                "--stint.demo-data.enabled=true",
                "--stint.scheduling.enabled=true",
                "--stint.test.instance=" + name));
        if (database.password() != null) {
            arguments.add("--spring.datasource.password=" + database.password());
        }
        return new SpringApplicationBuilder(StintApplication.class, ProbeJobConfiguration.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new OneConnectionPerRequest()))
                .run(arguments.toArray(String[]::new));
    }

    @Test
    void aSessionStartedOnAWorksOnBAndEndsEverywhereWhenAnAdministratorOnADisablesTheAccount() throws Exception {
        long student = newStudent("Two Instances Student");
        String email = new Fixtures(jdbc()).email(student);

        Map<String, String> cookies = signIn(a, email, PASSWORD, true);
        assertThat(cookies).containsKeys("SESSION", "remember-me");
        String session = "SESSION=" + cookies.get("SESSION");
        String rememberMe = "remember-me=" + cookies.get("remember-me");

        assertThat(get(b, "/applications", session).statusCode())
                .as("the session started on A is signed in on B")
                .isEqualTo(200);
        assertThat(get(a, "/applications", session).statusCode()).isEqualTo(200);
        assertThat(get(b, "/applications", rememberMe).statusCode())
                .as("remember-me alone signs in on B")
                .isEqualTo(200);

        Map<String, String> admin = signIn(a, DemoData.DEMO_ADMIN, "demo-password", false);
        String adminSession = "SESSION=" + admin.get("SESSION");
        String token = csrfToken(get(a, "/admin/users", adminSession).body());
        HttpResponse<String> disabled =
                post(a, "/admin/users/" + student + "/disable", adminSession, "_csrf=" + enc(token) + "&confirmed=yes");
        assertThat(disabled.statusCode()).isEqualTo(302);

        assertThat(jdbc().sql("select count(*) from spring_session where principal_name = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
        HttpResponse<String> afterwards = get(b, "/applications", session);
        assertThat(afterwards.statusCode()).as("the session ended on B too").isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get(b, "/applications", session + "; " + rememberMe).statusCode())
                .as("remember-me cannot sign a disabled account back in")
                .isEqualTo(302);
        assertThat(get(a, "/admin/users", adminSession).statusCode())
                .as("other people's sessions go on")
                .isEqualTo(200);
    }

    @Test
    void aNoticeWrittenOnAShowsInTheBellOnBAtTheNextRequest() throws Exception {
        long student = newStudent("Two Instances Bell Student");
        String session = "SESSION="
                + signIn(b, new Fixtures(jdbc()).email(student), PASSWORD, false)
                        .get("SESSION");
        assertThat(bell(b, session)).isNull();

        Notices.positionFilled(a.getBean(NoticeService.class), student, "Two Instances Posting");
        assertThat(bell(b, session)).isEqualTo("1");

        Notices.positionFilled(a.getBean(NoticeService.class), student, "Two Instances Posting");
        assertThat(bell(b, session)).isEqualTo("2");
        assertThat(bell(a, session)).isEqualTo("2");
    }

    @Test
    void aScheduledJobRunsOnOneInstanceThoughBothTryIt() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (attempts("A") < 10 || attempts("B") < 10) {
            assertThat(System.nanoTime()).as("both instances try the job").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(PROBE_RUNS)
                .as("runs of a job that both instances tried every 50 ms")
                .hasSize(1);
    }

    private static long attempts(String instance) {
        return PROBE_ATTEMPTS.stream().filter(instance::equals).count();
    }

    /**
     * A job both instances schedule every 50 ms; the locked part holds its ShedLock lock for at least
     * five minutes once it ran, so it runs once in this test however often either instance tries.
     */
    static class ProbeJobConfiguration {

        @Bean
        LockedProbe lockedProbe(@Value("${stint.test.instance}") String instance) {
            return new LockedProbe(instance);
        }

        @Bean
        ProbeJob probeJob(LockedProbe locked, @Value("${stint.test.instance}") String instance) {
            return new ProbeJob(locked, instance);
        }
    }

    static class ProbeJob {

        private final LockedProbe locked;

        private final String instance;

        ProbeJob(LockedProbe locked, String instance) {
            this.locked = locked;
            this.instance = instance;
        }

        @Scheduled(fixedDelay = 50)
        void tick() {
            PROBE_ATTEMPTS.add(instance);
            locked.run();
        }
    }

    static class LockedProbe {

        private final String instance;

        LockedProbe(String instance) {
            this.instance = instance;
        }

        @SchedulerLock(name = "two-instances-probe", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
        public void run() {
            PROBE_RUNS.add(instance);
        }
    }

    private static JdbcClient jdbc() {
        return a.getBean(JdbcClient.class);
    }

    private long newStudent(String name) {
        Fixtures fixtures = new Fixtures(jdbc());
        return fixtures.student(fixtures.university(false), name, "{noop}" + PASSWORD);
    }

    /** Signs in through the form of the given instance; the cookies it set, by name. */
    private Map<String, String> signIn(
            ConfigurableApplicationContext instance, String email, String password, boolean rememberMe)
            throws Exception {
        HttpResponse<String> form = get(instance, "/login", null);
        Map<String, String> cookies = cookies(form);
        String body = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrfToken(form.body()))
                + (rememberMe ? "&remember-me=on" : "");
        HttpResponse<String> signedIn = post(instance, "/login", "SESSION=" + cookies.get("SESSION"), body);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
        cookies.putAll(cookies(signedIn));
        return cookies;
    }

    /** The count on the bell of the About page, or null without a count. */
    private String bell(ConfigurableApplicationContext instance, String cookie) throws Exception {
        HttpResponse<String> page = get(instance, "/about", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).selectFirst("a.bell"))
                .as("signed in")
                .isNotNull();
        Element count = Jsoup.parse(page.body()).selectFirst("a.bell .bell-count");
        return count == null ? null : count.text();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String cookie, String form)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(instance, path))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String csrfToken(String html) {
        String token = Jsoup.parse(html).select("input[name=_csrf]").val();
        assertThat(token).isNotEmpty();
        return token;
    }

    /** The cookies a response set (name to value); a cookie being deleted has an empty value. */
    private static Map<String, String> cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : "", (x, y) -> y, LinkedHashMap::new));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
