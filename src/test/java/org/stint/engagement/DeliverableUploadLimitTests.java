package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.ServerClient;
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

    ServerClient server;

    long engagement;

    @BeforeEach
    void hiredAndSignedIn() throws Exception {
        Fixtures data = new Fixtures(jdbc);
        TestCompany employer = data.company().create();
        Person student = data.student().password("{noop}unused-password").create();
        engagement = data.hire(data.posting(employer).create(), student.userId())
                .hired(Instant.now())
                .create();
        server = ServerClient.signedIn(port, student.email(), "unused-password");
    }

    @Test
    void aFileAboveTheMultipartLimitComesBackAsTheSizeMessageOnTheEngagementPage() throws Exception {
        Document page = Jsoup.parse(server.get("/engagements/" + engagement).body());
        String action = page.select("#deliverable-form").attr("action");
        String token = page.select("#deliverable-form input[name=_csrf]").val();
        byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 12 * 1024 * 1024);
        HttpResponse<String> response = server.postFile(action, "file", "big.pdf", pdf, "_csrf", token, "title", "Big");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/engagements/" + engagement));
        Document after = Jsoup.parse(server.get("/engagements/" + engagement).body());
        assertThat(after.select("[role=alert]").text()).contains("This file is larger than 5 MB.");
        assertThat(jdbc.sql("select count(*) from engagement_deliverables where application_id = :a")
                        .param("a", engagement)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
