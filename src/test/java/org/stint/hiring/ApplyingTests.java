package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Html;

/**
 * Applying through the real web layer: the posting and its card say the student applied, the form
 * says whether a CV goes with it, input errors say what to give, and closed, draft or expired
 * postings take no applications.
 */
class ApplyingTests extends HiringTestSupport {

    /**
     * After applying, the posting says when and links to the application instead of "Apply now";
     * a list marks the posting too. Another student still sees the button and no mark.
     */
    @Test
    void aPostingAndItsCardSayThatTheStudentApplied() throws Exception {
        long posting = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .openings(2)
                .create();
        mvc.perform(post("/postings/" + posting + "/apply")
                        .with(csrf())
                        .with(as(student.email()))
                        .param("coverNote", "I can start on Monday."))
                .andExpect(status().isFound());
        long application = applicationOf(posting, student.userId());
        String today = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .format(LocalDate.now(java.time.ZoneOffset.UTC));

        Document page = page("/postings/" + posting, student.email());
        assertThat(page.select("#applied").text()).isEqualTo("You applied on " + today + " — view your application");
        assertThat(page.select("#applied a").attr("href")).isEqualTo("/applications/" + application);
        assertThat(page.select("a:containsOwn(Apply now)")).isEmpty();

        Document list = page("/postings", student.email());
        var card = list.select("article.posting-card:has(a[href=/postings/" + posting + "])");
        assertThat(card).hasSize(1);
        assertThat(card.select(".applied-mark").text()).isEqualTo("You applied on " + today);
        assertThat(card.select(".applied-mark a").attr("href")).isEqualTo("/applications/" + application);

        Person other = data.student().create();
        Document theirs = page("/postings/" + posting, other.email());
        assertThat(theirs.select("#applied")).isEmpty();
        assertThat(theirs.select("a:containsOwn(Apply now)").attr("href")).isEqualTo("/postings/" + posting + "/apply");
        assertThat(page("/postings", other.email()).select(".applied-mark a[href=/applications/" + application + "]"))
                .isEmpty();
    }

    @Test
    void theApplyFormSaysWhetherACvGoesWithTheApplication() throws Exception {
        long posting = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .openings(2)
                .create();
        Document without = page("/postings/" + posting + "/apply", student.email());
        assertThat(without.select("#apply-cv").text()).startsWith("There is no CV on your profile");
        assertThat(without.select("#apply-cv a").attr("href")).isEqualTo("/profile");

        byte[] pdf = "%PDF-1.4\n% a tiny test CV\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        data.cv(student.userId(), pdf);
        Document with = page("/postings/" + posting + "/apply", student.email());
        assertThat(with.select("#apply-cv").text()).isEqualTo("The CV on your profile goes with your application.");
    }

    /** A graduation year is a year ("2027"), and choices and numbers left out say what to give. */
    @Test
    void yearsReadAsYearsAndMissingChoicesSayWhatToChoose() throws Exception {
        long posting = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .openings(2)
                .create();
        long application =
                data.application(posting, student.userId()).status("HIRED").create();
        Document applicants = page("/employer/postings/" + posting + "/applicants", employer.memberEmail());
        assertThat(applicants.select(".applicant").text())
                .contains("graduates 2027")
                .doesNotContain("2,027");

        String base = "/employer/applications/" + application;
        Document hours = Html.parse(
                complete(application, "about forty").andExpect(status().isOk()).andReturn());
        assertThat(hours.select("#hoursWorked-error").text())
                .isEqualTo("Enter the hours worked as a number, for example 60 or 37.5.");
        complete(application, "40").andExpect(flash().attribute("flash", "hiring.complete.done"));

        Document rating = Html.parse(mvc.perform(post(base + "/rating")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("comment", "Good work."))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(rating.select(".rating .field-error").text())
                .isEqualTo("Choose a rating from 1 (poor) to 5 (excellent).");
        Document studentsRating = Html.parse(mvc.perform(post("/applications/" + application + "/rating")
                        .with(csrf())
                        .with(as(student.email())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(studentsRating.select(".rating .field-error").text())
                .isEqualTo("Choose a rating from 1 (poor) to 5 (excellent).");
    }

    @Test
    void closedDraftAndExpiredPostingsTakeNoApplications() throws Exception {
        long closed = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .status("CLOSED")
                .deadline(LocalDate.now().plusDays(5))
                .create();
        long expired = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .deadline(LocalDate.now().minusDays(1))
                .create();
        long draft = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .status("DRAFT")
                .deadline(LocalDate.now().plusDays(5))
                .create();

        for (long posting : new long[] {closed, expired}) {
            mvc.perform(post("/postings/" + posting + "/apply")
                            .with(csrf())
                            .with(as(student.email()))
                            .param("coverNote", "Please"))
                    .andExpect(redirectedUrl("/postings/" + posting))
                    .andExpect(flash().attribute("flashError", "hiring.apply.closed"));
            Document page = page("/postings/" + posting, student.email());
            assertThat(page.select("a[href$=/apply]"))
                    .as("no Apply button on a closed posting")
                    .isEmpty();
        }
        mvc.perform(get("/postings/" + draft + "/apply").with(as(student.email())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from applications where student_id = :s")
                        .param("s", student.userId())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
