package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.OneConnectionPerRequest;

/**
 * With a pool of two connections, many requests at once are all answered: no request holds a
 * connection while it waits for another, so the pool cannot deadlock. When the pool stays empty,
 * people get the "busy" page within a few seconds instead of a hanging page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=2000"
        })
class ConnectionPoolTests {

    private static final int CONCURRENT = 60;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void sixtyConcurrentRequestsOnTwoConnectionsAreAllAnswered() throws Exception {
        HttpClient student = signedIn("maya.chen@northbridge.edu");
        HttpClient employer = signedIn("priya@lumenanalytics.com");
        HttpClient anonymous = client();
        List<Long> postings = jdbc.sql("select id from postings where status = 'OPEN' order by id")
                .query(Long.class)
                .list();
        long employerPosting = jdbc.sql("select min(p.id) from postings p join company_members m"
                        + " on m.company_id = p.company_id join users u on u.id = m.user_id"
                        + " where u.email = 'priya@lumenanalytics.com'")
                .query(Long.class)
                .single();
        String slug = jdbc.sql("select slug from companies order by id limit 1")
                .query(String.class)
                .single();
        String[] words = {"data", "design", "research", "marketing", "analyst", "python", "remote", "survey"};

        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            long posting = postings.get(i % postings.size());
            String word = words[i % words.length];
            int page = 1 + i % 3;
            String other = i % 2 == 0 ? "/" : "/companies/" + slug;
            switch (i % 6) {
                case 0 -> requests.add(() -> status(anonymous, "/postings/" + posting));
                case 1 -> requests.add(() -> status(anonymous, "/postings?q=" + word + "&page=" + page));
                case 2 -> requests.add(() -> status(student, "/postings/" + posting));
                case 3 -> requests.add(() -> status(student, "/postings?q=" + word + "&mode=REMOTE"));
                case 4 -> requests.add(() -> status(employer, "/employer/postings/" + employerPosting + "/applicants"));
                default -> requests.add(() -> status(anonymous, other));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(requests)) {
                statuses.add(answer.get());
            }
            assertThat(statuses).hasSize(CONCURRENT).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(OneConnectionPerRequest.violations()).isEmpty();
    }

    @Test
    void whenThePoolStaysEmptyPeopleGetTheBusyPageWithinSeconds() throws Exception {
        HttpClient anonymous = client();
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            long started = System.nanoTime();
            HttpResponse<String> response = anonymous.send(
                    HttpRequest.newBuilder(uri("/postings?q=busy")).build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Stint cannot answer right now");
            assertThat(response.body()).doesNotContain("Exception", "HikariPool");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(status(anonymous, "/postings?q=busy"))
                .as("and it recovers at once")
                .isEqualTo(200);
    }

    private int status(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A client signed in through the real sign-in form. */
    private HttpClient signedIn(String email) throws Exception {
        HttpClient client = client();
        String form = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String token = Jsoup.parse(form).select("input[name=_csrf]").val();
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=demo-password&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<Void> signIn = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
        return client;
    }
}
