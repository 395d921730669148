package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;

/**
 * What the hiring workflow refuses: steps it does not allow, with a message, and every way into
 * another company's or student's applications.
 */
class HiringRulesTests extends HiringTestSupport {

    @Test
    void stepsTheWorkflowDoesNotAllowAreRefusedWithAMessage() throws Exception {
        long posting = data.posting(employer.id()).hourly(2000, "USD").hours(10).create();
        long application = data.application(posting, student.userId()).create();
        String base = "/employer/applications/" + application;

        mvc.perform(post(base + "/hire").param("confirmed", "yes").with(csrf()).with(as(employer.memberEmail())))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("flashError", "hiring.refused.to.HIRED"));
        complete(application, "10").andExpect(flash().attribute("flashError", "hiring.refused.to.COMPLETED"));
        mvc.perform(post(base + "/rating")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("rating", "5"))
                .andExpect(flash().attribute("flashError", "hiring.refused.notCompleted"));
        Document badHours = Html.parse(
                complete(application, "lots").andExpect(status().isOk()).andReturn());
        assertThat(data.statusOf(application)).isEqualTo("SUBMITTED");
        assertThat(badHours.select("h1").text()).isEqualTo(student.name());

        withdraw(application, student.email()).andExpect(flash().attribute("flash", "hiring.withdraw.done"));
        withdraw(application, student.email())
                .andExpect(flash().attribute("flashError", "hiring.refused.to.WITHDRAWN"));
        mvc.perform(post(base + "/shortlist").with(csrf()).with(as(employer.memberEmail())))
                .andExpect(flash().attribute("flashError", "hiring.refused.to.SHORTLISTED"));
        assertThat(data.statusOf(application)).isEqualTo("WITHDRAWN");
    }

    @Test
    void nobodyReachesAnotherCompanysOrStudentsApplications() throws Exception {
        long posting = data.posting(employer.id()).hourly(2000, "USD").hours(10).create();
        long application = data.application(posting, student.userId()).create();
        TestCompany otherEmployer = data.company().create();
        Person otherStudent = data.student().create();

        mvc.perform(get("/employer/postings/" + posting + "/applicants").with(as(otherEmployer.memberEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/employer/applications/" + application).with(as(otherEmployer.memberEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/employer/postings/" + posting + "/edit").with(as(otherEmployer.memberEmail())))
                .andExpect(status().isNotFound());
        for (String step : new String[] {"shortlist", "hire", "reject"}) {
            mvc.perform(post("/employer/applications/" + application + "/" + step)
                            .with(csrf())
                            .with(as(otherEmployer.memberEmail())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/employer/postings/" + posting + "/close")
                        .with(csrf())
                        .with(as(otherEmployer.memberEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + application).with(as(otherStudent.email())))
                .andExpect(status().isNotFound());
        withdraw(application, otherStudent.email()).andExpect(status().isNotFound());
        mvc.perform(get("/employer/applications/" + application).with(as(student.email())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/postings/" + posting + "/apply")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("coverNote", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/employer/applications/" + application)).andExpect(redirectedUrl("/login"));
        assertThat(data.statusOf(application)).isEqualTo("SUBMITTED");

        // a colleague of the same company may act
        Person colleague = data.employer().of(employer.id()).create();
        mvc.perform(get("/employer/applications/" + application).with(as(colleague.email())))
                .andExpect(status().isOk());

        // the CV goes only to the company applied to, as an attachment that is never sniffed
        byte[] pdf = "%PDF-1.4\n% a tiny test CV\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        data.cv(student.userId(), pdf);
        String cv = "/employer/applications/" + application + "/cv";
        mvc.perform(get(cv).with(as(colleague.email())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", "application/pdf"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .bytes(pdf));
        mvc.perform(get(cv).with(as(otherEmployer.memberEmail()))).andExpect(status().isNotFound());
        mvc.perform(get(cv).with(as(otherStudent.email()))).andExpect(status().isForbidden());
        mvc.perform(get(cv)).andExpect(redirectedUrl("/login"));
    }
}
