package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.stint.testsupport.Html;

/**
 * Deliverables on the engagement page: files checked by content and size, served only to the
 * parties and kept under a safe name; the employer accepts one or asks for changes.
 */
class DeliverableTests extends EngagementTestSupport {

    @Test
    void deliverableFilesAreCheckedByContentAndSizeAndServedOnlyToTheParties() throws Exception {
        // a text file named .pdf and declared as a PDF
        Document disguised = Html.parse(send(
                multipart(url() + "/deliverables")
                        .file(new MockMultipartFile(
                                "file", "report.pdf", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Report"),
                student.email()));
        assertThat(disguised.select("#file-error").text()).contains("checked by its content");
        assertThat(disguised.select("#title").val()).isEqualTo("Report");

        // above 5 MB
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        Document tooLarge = Html.parse(send(
                multipart(url() + "/deliverables")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
                        .param("title", "Big"),
                student.email()));
        assertThat(tooLarge.select("#file-error").text()).isEqualTo("This file is larger than 5 MB.");

        // links: http or https only; a link or a file, not neither
        for (String bad :
                new String[] {"javascript:alert(1)", "ftp://example.com/x", "example.com/x", "data:text/html,x"}) {
            Document refused = Html.parse(
                    send(post(url() + "/deliverables").param("title", "Link").param("url", bad), student.email()));
            assertThat(refused.select("#url-error").text()).as(bad).contains("https://");
        }
        Document neither = Html.parse(send(post(url() + "/deliverables").param("title", "Nothing"), student.email()));
        assertThat(neither.select("#url-error").text()).isEqualTo("Give a link or choose a file (one of the two).");
        assertThat(jdbc.sql("select count(*) from engagement_deliverables where application_id = :a")
                        .param("a", engagement)
                        .query(Long.class)
                        .single())
                .isZero();

        // the employer cannot hand in work
        assertThat(send(
                                post(url() + "/deliverables")
                                        .param("title", "Mine")
                                        .param("url", "https://x.example"),
                                employer.memberEmail())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        long deliverable = uploadPdf();
        String download = url() + "/deliverables/" + deliverable;
        for (String party : new String[] {student.email(), employer.memberEmail()}) {
            MockHttpServletResponse file =
                    mvc.perform(get(download).with(as(party))).andReturn().getResponse();
            assertThat(file.getStatus()).isEqualTo(200);
            assertThat(file.getHeader("Content-Disposition"))
                    .startsWith("attachment")
                    .contains("Final report.pdf");
            assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(file.getContentType()).isEqualTo("application/pdf");
            assertThat(new String(file.getContentAsByteArray(), StandardCharsets.US_ASCII))
                    .startsWith("%PDF-");
        }
        for (String outsider : new String[] {
            data.student().create().email(),
            data.company().create().memberEmail(),
            OWN_STAFF,
            data.university(false).staffEmail()
        }) {
            assertThat(mvc.perform(get(download).with(as(outsider)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get(download)).andReturn().getResponse().getRedirectedUrl())
                .contains("/login");

        // a link deliverable shows as a link, on the page and in the timeline
        send(
                post(url() + "/deliverables").param("title", "Dashboard").param("url", "https://example.com/dash"),
                student.email());
        Document page = page(employer.memberEmail());
        assertThat(page.select("a.deliverable-link").attr("href")).isEqualTo("https://example.com/dash");
        assertThat(page.select("li[data-kind=DELIVERABLE]")).hasSize(2);
    }

    @Test
    void theEmployerAcceptsADeliverableOrAsksForChangesWithAComment() throws Exception {
        long first = uploadPdf();
        Document noComment = Html.parse(send(
                post(url() + "/deliverables/" + first + "/review").param("decision", "CHANGES_REQUESTED"),
                employer.memberEmail()));
        assertThat(noComment.select("#review-comment-error-" + first).text()).isEqualTo("Say what should change.");
        assertThat(send(
                                post(url() + "/deliverables/" + first + "/review")
                                        .param("decision", "ACCEPTED"),
                                student.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        send(
                post(url() + "/deliverables/" + first + "/review")
                        .param("decision", "CHANGES_REQUESTED")
                        .param("comment", "Add the sources."),
                employer.memberEmail());
        long second = uploadPdf();
        send(post(url() + "/deliverables/" + second + "/review").param("decision", "ACCEPTED"), employer.memberEmail());

        Document page = page(student.email());
        assertThat(page.select("#deliverable-" + first + " .status").text()).isEqualTo("Changes asked for");
        assertThat(page.select("#deliverable-" + second + " .status").text()).isEqualTo("Accepted");
        assertThat(page.select("li[data-kind=REVIEW]").eachText())
                .anySatisfy(t -> assertThat(t)
                        .contains("Changes asked for: Final report")
                        .contains("Add the sources."))
                .anySatisfy(t -> assertThat(t).contains("Accepted: Final report"));
    }

    @Test
    void filesNamedAfterTheirKindAreKeptWithASafeName() {
        assertThat(org.stint.shared.FileContent.safeName("../../etc/pass\"wd.docx", "deliverable", ".zip", ".docx"))
                .isEqualTo("passwd.docx");
        assertThat(org.stint.shared.FileContent.safeName("photo", "deliverable", ".png"))
                .isEqualTo("photo.png");
        assertThat(org.stint.shared.FileContent.kindOf(Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 10)))
                .contains(org.stint.shared.FileContent.Kind.ZIP);
        assertThat(org.stint.shared.FileContent.kindOf("<html>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }
}
