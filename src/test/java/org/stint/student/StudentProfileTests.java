package org.stint.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Html;

class StudentProfileTests extends AppTestSupport {

    /** A real, minimal one-page PDF. */
    static final byte[] SMALL_PDF = ("%PDF-1.4\n"
                    + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                    + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                    + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 300 144]>> endobj\n"
                    + "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000056 00000 n \n"
                    + "0000000111 00000 n \ntrailer <</Size 4 /Root 1 0 R>>\nstartxref\n182\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    StudentService students;

    long studentId;

    RequestPostProcessor student;

    @BeforeEach
    void newStudent() {
        studentId = data.student()
                .named("Robin Profile")
                .graduating(2028)
                .skills("SQL,Figma")
                .bio("A test student.")
                .create()
                .userId();
        student = as(studentId);
    }

    private static MockHttpServletRequestBuilder saveProfile() {
        return saveProfileWithoutPortfolio().param("portfolioPublic", "true");
    }

    /** As a browser sends the form with the box unticked: only Spring's field marker. */
    private static MockHttpServletRequestBuilder saveProfileWithoutPortfolio() {
        return post("/profile")
                .with(csrf())
                .param("programme", "BSc Data Science")
                .param("graduationYear", "2029")
                .param("skills", " SQL ,python,, Figma , sql ")
                .param("bio", "I like tidy data.")
                .param("links", "https://github.com/robin\nhttps://robin.example")
                .param("_portfolioPublic", "on");
    }

    private Document page(RequestPostProcessor who) throws Exception {
        return Html.parse(mvc.perform(get("/profile").with(who))
                .andExpect(status().isOk())
                .andReturn());
    }

    @Test
    void onlyStudentsOpenTheProfile() throws Exception {
        mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/profile/cv")).andExpect(redirectedUrl("/login"));
        RequestPostProcessor employer = as(DemoData.DEMO_EMPLOYER);
        mvc.perform(get("/profile").with(employer)).andExpect(status().isForbidden());
        mvc.perform(get("/profile/cv").with(employer)).andExpect(status().isForbidden());
        mvc.perform(multipart("/profile/cv")
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", SMALL_PDF))
                        .with(csrf())
                        .with(employer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/profile").with(student)).andExpect(status().isOk());
    }

    @Test
    void savingTrimsSkillsAndShowsThePortfolioLinkOnceOptedIn() throws Exception {
        Document before = page(student);
        assertThat(before.select("#programme").val()).isEqualTo("BSc Testing");
        assertThat(before.select("#skills").val()).isEqualTo("SQL, Figma");
        assertThat(before.select("#portfolioPublic").hasAttr("checked")).isFalse();
        assertThat(before.select("a[href^=/portfolio/]")).isEmpty();

        mvc.perform(saveProfile().with(student))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("flash", "student.profile.saved"));

        Document after = page(student);
        assertThat(after.select("#programme").val()).isEqualTo("BSc Data Science");
        assertThat(after.select("#graduationYear").val()).isEqualTo("2029");
        assertThat(after.select("#skills").val()).isEqualTo("SQL, python, Figma");
        assertThat(after.select("#bio").val()).isEqualTo("I like tidy data.");
        assertThat(after.select("#links").val()).isEqualTo("https://github.com/robin\nhttps://robin.example");
        assertThat(after.select("#portfolioPublic").hasAttr("checked")).isTrue();
        assertThat(after.select("label[for=portfolioPublic]").text()).isEqualTo("Show my portfolio publicly");
        assertThat(after.select("a[href=/portfolio/" + data.publicIdOf(studentId) + "]")
                        .text())
                .isEqualTo("My public portfolio");
        List<String> skills = Arrays.asList(jdbc.sql("select skills from students where user_id = :id")
                .param("id", studentId)
                .query((rs, row) -> (String[]) rs.getArray(1).getArray())
                .single());
        assertThat(skills).containsExactly("SQL", "python", "Figma");

        mvc.perform(saveProfileWithoutPortfolio().with(student)).andExpect(redirectedUrl("/profile"));
        assertThat(page(student).select("a[href^=/portfolio/]")).isEmpty();
    }

    @Test
    void badInputComesBackWithMessagesNextToTheFieldsAndTheValuesKept() throws Exception {
        String tooMany = IntStream.rangeClosed(1, 21).mapToObj(i -> "skill" + i).collect(Collectors.joining(","));
        Document page = Html.parse(mvc.perform(post("/profile")
                        .with(csrf())
                        .param("programme", "BSc Data Science")
                        .param("portfolioPublic", "true")
                        .param("skills", tooMany)
                        .param("graduationYear", "someday")
                        .param("bio", "x".repeat(2001))
                        .param("links", "y".repeat(1001))
                        .with(student))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("[role=alert]").text()).contains("correct the highlighted fields");
        assertThat(page.select("#skills-error").text()).isEqualTo("List at most 20 skills.");
        assertThat(page.select("#skills").attr("aria-describedby")).isEqualTo("skills-hint skills-error");
        assertThat(page.select("#skills").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#graduationYear-error").text()).isEqualTo("Enter a year such as 2028.");
        assertThat(page.select("#bio-error").text()).isEqualTo("Use at most 2,000 characters.");
        assertThat(page.select("#links-error").text()).isEqualTo("Use at most 1,000 characters.");
        assertThat(page.select("#skills").val()).isEqualTo(tooMany);
        assertThat(page.select("#programme").val()).isEqualTo("BSc Data Science");
        assertThat(page.select("#graduationYear").val()).isEqualTo("someday");
        assertThat(page.select("#portfolioPublic").hasAttr("checked")).isTrue();

        Document longSkill = Html.parse(mvc.perform(post("/profile")
                        .with(csrf())
                        .param("graduationYear", "2029")
                        .param("skills", "SQL, " + "z".repeat(41))
                        .with(student))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(longSkill.select("#skills-error").text()).isEqualTo("Keep each skill to 40 characters or fewer.");
        assertThat(jdbc.sql("select programme from students where user_id = :id")
                        .param("id", studentId)
                        .query(String.class)
                        .single())
                .as("nothing saved")
                .isEqualTo("BSc Testing");
    }

    private org.springframework.test.web.servlet.RequestBuilder upload(String name, String type, byte[] content) {
        return multipart("/profile/cv")
                .file(new MockMultipartFile("cv", name, type, content))
                .with(csrf())
                .with(student);
    }

    /**
     * The profile page an upload redirected to, showing the message the upload left as a flash
     * attribute in the session (the session cookie the upload's response set).
     */
    private String cvErrorShown(MvcResult upload) throws Exception {
        Cookie session = upload.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        Document page = Html.parse(mvc.perform(get("/profile").cookie(session).with(student))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#cv").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#cv").attr("aria-describedby")).isEqualTo("cv-hint cv-error");
        return page.select("#cv-error").text();
    }

    @Test
    void aRealPdfIsKeptAndOnlyItsOwnerDownloadsIt() throws Exception {
        mvc.perform(upload("C:\\Users\\robin\\My \"CV\".pdf", "application/octet-stream", SMALL_PDF))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("flash", "student.profile.cv.saved"));

        Document page = page(student);
        assertThat(page.select(".cv-current").text()).contains("My CV.pdf", "1 KB");
        assertThat(page.select(".cv-current a").attr("href")).isEqualTo("/profile/cv");
        assertThat(page.select("label[for=cv]").text()).isEqualTo("Replace your CV (PDF)");

        byte[] body = mvc.perform(get("/profile/cv").with(student))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"My CV.pdf\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(SMALL_PDF);

        long other = data.student().named("Other Student").create().userId();
        mvc.perform(get("/profile/cv").with(as(other))).andExpect(status().isNotFound());

        assertThat(students.hasCv(studentId)).isTrue();
        assertThat(students.hasCv(other)).isFalse();
        StudentCv cv = students.cvOf(studentId).orElseThrow();
        assertThat(cv.fileName()).isEqualTo("My CV.pdf");
        assertThat(cv.content()).isEqualTo(SMALL_PDF);
        assertThat(cv.sizeBytes()).isEqualTo(SMALL_PDF.length);
        assertThat(students.cvOf(other)).isEmpty();
    }

    @Test
    void aPngNamedPdfIsRefusedWithAMessage() throws Exception {
        MvcResult upload = mvc.perform(upload("cv.pdf", "application/pdf", PNG))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("cvError", "student.profile.cv.notPdf"))
                .andReturn();
        assertThat(cvErrorShown(upload)).startsWith("This file is not a PDF.");
        assertThat(jdbc.sql("select count(*) from student_cvs where student_id = :id")
                        .param("id", studentId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPdfAboveFiveMegabytesOrAnEmptyFileIsRefusedWithAMessage() throws Exception {
        byte[] big = Arrays.copyOf(SMALL_PDF, 5 * 1024 * 1024 + 1);
        MvcResult tooLarge = mvc.perform(upload("big.pdf", "application/pdf", big))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("cvError", "student.profile.cv.tooLarge"))
                .andReturn();
        assertThat(cvErrorShown(tooLarge)).startsWith("This file is larger than 5 MB.");

        MvcResult empty = mvc.perform(upload("empty.pdf", "application/pdf", new byte[0]))
                .andExpect(flash().attribute("cvError", "student.profile.cv.empty"))
                .andReturn();
        assertThat(cvErrorShown(empty)).isEqualTo("Choose a PDF file to upload.");

        byte[] exactlyFive = Arrays.copyOf(SMALL_PDF, 5 * 1024 * 1024);
        mvc.perform(upload("five.pdf", "application/pdf", exactlyFive))
                .andExpect(flash().attribute("flash", "student.profile.cv.saved"));
        assertThat(students.cvOf(studentId).orElseThrow().sizeBytes()).isEqualTo(5 * 1024 * 1024);
    }
}
