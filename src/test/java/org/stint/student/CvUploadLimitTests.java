package org.stint.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.ServerTest;

/**
 * CV uploads through the real server, where Tomcat enforces the multipart limits: a file above
 * them must come back as the profile page with a message, never as "not allowed" or an error page.
 */
@ServerTest
class CvUploadLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpClient http;

    @BeforeEach
    void signIn() throws Exception {
        String email = new Fixtures(jdbc)
                .student()
                .named("Upload Tester")
                .password("{noop}not-used")
                .create()
                .email();
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token =
                Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=not-used&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
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

    /** Posts the file the way the profile page's form does, to the form's own action. */
    private HttpResponse<String> upload(byte[] content) throws Exception {
        Document profile = Jsoup.parse(get("/profile").body());
        String action = profile.select("form[enctype=multipart/form-data]").attr("action");
        String token = profile.select("form[enctype=multipart/form-data] input[name=_csrf]")
                .val();
        String boundary = "----stint-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return http.send(
                HttpRequest.newBuilder(uri(action))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String messageAfter(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/profile"));
        Document page = Jsoup.parse(get("/profile").body());
        return page.select("#cv-error").text() + page.select("[role=status]").text();
    }

    @Test
    void aSmallPdfIsAcceptedThroughTheRealServer() throws Exception {
        assertThat(messageAfter(upload(StudentProfileTests.SMALL_PDF))).isEqualTo("Your CV is uploaded.");
    }

    @Test
    void aFileJustAboveFiveMegabytesGetsTheMessage() throws Exception {
        byte[] content = Arrays.copyOf(StudentProfileTests.SMALL_PDF, 5 * 1024 * 1024 + 100_000);
        assertThat(messageAfter(upload(content))).startsWith("This file is larger than 5 MB.");
    }

    @Test
    void aFileAboveTheMultipartLimitGetsTheSameMessageNotAnErrorPage() throws Exception {
        byte[] content = Arrays.copyOf(StudentProfileTests.SMALL_PDF, 12 * 1024 * 1024);
        assertThat(messageAfter(upload(content))).startsWith("This file is larger than 5 MB.");
    }
}
