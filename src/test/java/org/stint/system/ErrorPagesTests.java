package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stint.testsupport.ServerTest;

/** Error pages as a browser gets them from the real server: through the layout, no internals. */
@ServerTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownPostingGetsTheNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/postings/987654321");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(page.select("h1").text()).isEqualTo("We could not find that page");
        assertThat(page.select("header nav")).isNotEmpty();
        assertThat(response.body()).doesNotContain("Exception", "PostingNotFound", "at org.");
    }

    @Test
    void aMalformedIdIsAClientErrorPageNotAStackTrace() throws Exception {
        HttpResponse<String> response = get("/postings/not-a-number");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page.select("h1").text()).isEqualTo("We could not handle that request");
        assertThat(response.body()).doesNotContain("Exception", "NumberFormat");
    }
}
