package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;

/**
 * The employer's tools around applicants: sorting the list (with the status filter), private
 * notes that only the company's members see, and publishing a draft from its edit page.
 */
class ApplicantToolsTests extends AppTestSupport {

    private TestCompany employer;

    private RequestPostProcessor asEmployer;

    private long posting;

    @BeforeEach
    void setUp() {
        employer = data.company().ownedBy("Boss Owner").create();
        asEmployer = as(employer.memberEmail());
        posting = data.posting(employer.id()).openings(2).create();
    }

    /** An applicant with this name and graduation year, applied this many days ago. */
    private long applicant(String name, Integer graduationYear, int daysAgo, String status) {
        Person student = data.student().create();
        jdbc.sql("update users set display_name = :name where id = :id")
                .param("name", name)
                .param("id", student.userId())
                .update();
        jdbc.sql("update students set graduation_year = :year where user_id = :id")
                .param("year", graduationYear)
                .param("id", student.userId())
                .update();
        long application =
                data.application(posting, student.userId()).status(status).create();
        jdbc.sql("update applications set submitted_at = now() - make_interval(days => :days) where id = :id")
                .param("days", daysAgo)
                .param("id", application)
                .update();
        return application;
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        return Html.parse(
                mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn());
    }

    private List<String> names(String query) throws Exception {
        return page("/employer/postings/" + posting + "/applicants" + query, asEmployer)
                .select("article.applicant .card-title")
                .eachText();
    }

    @Test
    void theApplicantListSortsByDateNameOrGraduationYearAndKeepsTheStatusFilter() throws Exception {
        applicant("Bea Okafor", 2028, 3, "SUBMITTED");
        applicant("Ada Lin", null, 1, "SHORTLISTED");
        applicant("Cem Aydin", 2026, 2, "SUBMITTED");

        assertThat(names("")).as("oldest first by default").containsExactly("Bea Okafor", "Cem Aydin", "Ada Lin");
        assertThat(names("?sort=NEWEST")).containsExactly("Ada Lin", "Cem Aydin", "Bea Okafor");
        assertThat(names("?sort=NAME")).containsExactly("Ada Lin", "Bea Okafor", "Cem Aydin");
        assertThat(names("?sort=GRADUATION"))
                .as("soonest graduating first, no year last")
                .containsExactly("Cem Aydin", "Bea Okafor", "Ada Lin");
        assertThat(names("?sort=NAME&status=SUBMITTED")).containsExactly("Bea Okafor", "Cem Aydin");
        assertThat(names("?sort=%00nonsense"))
                .as("an unknown order is the default")
                .hasSize(3);

        Document page = page("/employer/postings/" + posting + "/applicants?sort=NAME&status=SUBMITTED", asEmployer);
        assertThat(page.select("form.list-controls select#sort option[selected]")
                        .val())
                .isEqualTo("NAME");
        assertThat(page.select("form.list-controls input[name=status]").val()).isEqualTo("SUBMITTED");
        assertThat(page.select("nav.filter-tabs a").eachAttr("href"))
                .allMatch(href -> href.contains("sort=NAME"), "the tabs keep the order");
    }

    @Test
    void privateNotesAreForTheCompanysMembersOnly() throws Exception {
        long application = applicant("Dana Vos", 2027, 1, "SUBMITTED");
        String url = "/employer/applications/" + application;

        mvc.perform(post(url + "/notes").with(csrf()).with(asEmployer).param("body", "  Strong SQL <b>test</b>.  "))
                .andExpect(redirectedUrl(url + "#notes"));

        Person colleague = data.employer().of(employer.id()).create();
        Document seen = page(url, as(colleague.email()));
        assertThat(seen.select("#notes .notes-list li .prewrap").text()).isEqualTo("Strong SQL <b>test</b>.");
        assertThat(seen.select("#notes .notes-list .note-meta").text()).startsWith("Boss ");

        TestCompany other = data.company().create();
        RequestPostProcessor asOther = as(other.memberEmail());
        mvc.perform(get(url).with(asOther)).andExpect(status().isNotFound());
        mvc.perform(post(url + "/notes").with(csrf()).with(asOther).param("body", "Mine now"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from application_notes where application_id = :a")
                        .param("a", application)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        long studentId = jdbc.sql("select student_id from applications where id = :a")
                .param("a", application)
                .query(Long.class)
                .single();
        String studentEmail = jdbc.sql("select email from users where id = :id")
                .param("id", studentId)
                .query(String.class)
                .single();
        Document studentsView = page("/applications/" + application, as(studentEmail));
        assertThat(studentsView.text()).doesNotContain("Strong SQL");
    }

    @Test
    void anEmptyNoteIsRefusedNextToTheField() throws Exception {
        long application = applicant("Eli Moss", 2027, 1, "SUBMITTED");

        Document page = Html.parse(mvc.perform(post("/employer/applications/" + application + "/notes")
                        .with(csrf())
                        .with(asEmployer)
                        .param("body", "   "))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("#note-body-error").text()).isEqualTo("Write the note before adding it.");
        assertThat(page.select("#note-body").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aDraftsEditPageOffersSaveAndPublish() throws Exception {
        long draft = data.posting(employer.id())
                .status("DRAFT")
                .deadline(LocalDate.now().plusDays(20))
                .create();
        Document edit = page("/employer/postings/" + draft + "/edit", asEmployer);
        assertThat(edit.select("button#save-and-publish[name=publish][value=true]"))
                .hasSize(1);

        var form = post("/employer/postings/" + draft).with(csrf()).with(asEmployer);
        edit.select("form.form input[name], form.form select[name], form.form textarea[name]")
                .forEach(field -> {
                    String name = field.attr("name");
                    if (name.equals("_csrf")) {
                        return;
                    }
                    if (field.tagName().equals("select")) {
                        var chosen = field.selectFirst("option[selected]");
                        form.param(name, chosen == null ? "" : chosen.val());
                    } else if (field.tagName().equals("textarea")) {
                        form.param(name, field.text());
                    } else if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
                        form.param(name, field.val());
                    }
                });
        mvc.perform(form.param("publish", "true")).andExpect(redirectedUrl("/employer/postings"));

        assertThat(jdbc.sql("select status from postings where id = :id")
                        .param("id", draft)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
        Document open = page("/employer/postings/" + draft + "/edit", asEmployer);
        assertThat(open.select("#save-and-publish"))
                .as("only drafts are published")
                .isEmpty();
    }

    @Test
    void anUnverifiedEmployerSeesNoPublishButton() throws Exception {
        long draft = data.posting(employer.id())
                .status("DRAFT")
                .deadline(LocalDate.now().plusDays(20))
                .create();
        jdbc.sql("update users set email_verified_at = null where id = :id")
                .param("id", employer.memberId())
                .update();

        Document edit = page("/employer/postings/" + draft + "/edit", as(employer.memberEmail()));

        assertThat(edit.select("#save-and-publish")).isEmpty();
    }
}
