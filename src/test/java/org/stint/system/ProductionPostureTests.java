package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.ServerTest;

/** The served application over real HTTP: behind a TLS proxy, with its signing key, with raw bytes. */
@ServerTest
class ProductionPostureTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("SESSION="))
                .toList();
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> proxied = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookies(proxied))
                .isNotEmpty()
                .allSatisfy(cookie ->
                        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));

        HttpResponse<String> direct = get("/login");
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookies(direct))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
    }

    @Test
    void withoutAConfiguredKeyRememberMeIsSignedWithAGeneratedKeyEveryInstanceShares() {
        String kept = jdbc.sql("select value from app_secrets where name = 'remember-me-key'")
                .query(String.class)
                .single();
        assertThat(kept).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo("stint-local-development-key");
        // a second instance starting on the same database reads the same key
        assertThat(RememberMeKey.of("", jdbc)).isEqualTo(kept);
        assertThat(RememberMeKey.of("configured-secret", jdbc)).isEqualTo("configured-secret");
    }

    @Test
    void controlCharactersAndBrokenUtf8AreRefusedNotFailed() throws Exception {
        assertThat(get("/postings?city=a%00b").statusCode()).isEqualTo(400);
        assertThat(get("/postings?skills=a%00").statusCode()).isEqualTo(400);
        assertThat(get("/postings?q=%07bell").statusCode()).isEqualTo(400);
        assertThat(get("/postings?q=%C3%28&city=%FF%FE").statusCode()).isLessThan(500);
        assertThat(get("/postings/%00").statusCode()).isEqualTo(400);
        HttpResponse<String> refused = get("/postings?city=a%00b");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("PSQL");
        // text areas may hold line breaks and tabs
        assertThat(get("/postings?q=data%0Aanalyst%09remote").statusCode()).isEqualTo(200);
    }
}
