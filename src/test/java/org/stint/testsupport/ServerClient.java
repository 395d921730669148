package org.stint.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;

/**
 * A client of the application's real server on this machine that keeps its cookies as a browser
 * does and follows no redirects: it signs in through the sign-in form, reads pages and sends a
 * form with a file the way a browser encodes it, so the server's own limits apply.
 */
public final class ServerClient {

    private static final String BOUNDARY = "----stint-test-boundary";

    private final int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public ServerClient(int port) {
        this.port = port;
    }

    /** A client signed in through the real sign-in form, which must lead to the dashboard. */
    public static ServerClient signedIn(int port, String email, String password) throws Exception {
        ServerClient client = new ServerClient(port);
        String token = Jsoup.parse(client.get("/login").body())
                .select("input[name=_csrf]")
                .val();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
        return client;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    /** The status of a GET, without reading the page. */
    public int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * Posts a multipart form to {@code action}: the text fields (name, value, name, value...) in
     * their order, then one PDF file in {@code fileField}.
     */
    public HttpResponse<String> postFile(
            String action, String fileField, String fileName, byte[] content, String... fields) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
