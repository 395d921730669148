package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.ServerTest;

/**
 * A deliverable above the multipart limits, through the real server (Tomcat enforces the limits,
 * MockMvc does not): the student is sent back to the engagement page with the size message, not
 * shown an error page.
 */
@ServerTest
class DeliverableUploadLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpClient http;

    long engagement;

    @BeforeEach
    void hiredAndSignedIn() throws Exception {
        Fixtures data = new Fixtures(jdbc);
        Co employer = data.company().create();
        Person student = data.student().password("{noop}unused-password").create();
        engagement = data.hire(data.posting(employer).create(), student.userId())
                .hired(Instant.now())
                .create();
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token =
                Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val();
        String form = "username=" + URLEncoder.encode(student.email(), StandardCharsets.UTF_8)
                + "&password=unused-password&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFileAboveTheMultipartLimitComesBackAsTheSizeMessageOnTheEngagementPage() throws Exception {
        Document page = Jsoup.parse(get("/engagements/" + engagement).body());
        String action = page.select("#deliverable-form").attr("action");
        String token = page.select("#deliverable-form input[name=_csrf]").val();
        String boundary = "----stint-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBig"
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 12 * 1024 * 1024));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri(action))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/engagements/" + engagement));
        Document after = Jsoup.parse(get("/engagements/" + engagement).body());
        assertThat(after.select("[role=alert]").text()).contains("This file is larger than 5 MB.");
        assertThat(jdbc.sql("select count(*) from engagement_deliverables where application_id = :a")
                        .param("a", engagement)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
