package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import org.stint.testsupport.ServerClient;

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
        ServerClient student = ServerClient.signedIn(port, "maya.chen@northbridge.edu", "demo-password");
        ServerClient employer = ServerClient.signedIn(port, "priya@lumenanalytics.com", "demo-password");
        ServerClient anonymous = new ServerClient(port);
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
                case 0 -> requests.add(() -> anonymous.status("/postings/" + posting));
                case 1 -> requests.add(() -> anonymous.status("/postings?q=" + word + "&page=" + page));
                case 2 -> requests.add(() -> student.status("/postings/" + posting));
                case 3 -> requests.add(() -> student.status("/postings?q=" + word + "&mode=REMOTE"));
                case 4 -> requests.add(() -> employer.status("/employer/postings/" + employerPosting + "/applicants"));
                default -> requests.add(() -> anonymous.status(other));
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
        ServerClient anonymous = new ServerClient(port);
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            long started = System.nanoTime();
            HttpResponse<String> response = anonymous.get("/postings?q=busy");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Stint cannot answer right now");
            assertThat(response.body()).doesNotContain("Exception", "HikariPool");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(anonymous.status("/postings?q=busy"))
                .as("and it recovers at once")
                .isEqualTo(200);
    }
}
