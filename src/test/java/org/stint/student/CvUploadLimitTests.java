package org.stint.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.ServerClient;
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

    ServerClient server;

    @BeforeEach
    void signIn() throws Exception {
        String email = new Fixtures(jdbc)
                .student()
                .named("Upload Tester")
                .password("{noop}not-used")
                .create()
                .email();
        server = ServerClient.signedIn(port, email, "not-used");
    }

    /** Posts the file the way the profile page's form does, to the form's own action. */
    private HttpResponse<String> upload(byte[] content) throws Exception {
        Document profile = Jsoup.parse(server.get("/profile").body());
        String action = profile.select("form[enctype=multipart/form-data]").attr("action");
        String token = profile.select("form[enctype=multipart/form-data] input[name=_csrf]")
                .val();
        return server.postFile(action, "cv", "cv.pdf", content, "_csrf", token);
    }

    private String messageAfter(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/profile"));
        Document page = Jsoup.parse(server.get("/profile").body());
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
