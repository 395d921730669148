package org.stint.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/**
 * The pages and states added for saved postings, the browse page's sidebar and messages, the
 * posting summary, applicant sorting and notes, and "Save and publish": valid HTML (Nu Html
 * Checker), every field labelled, a CSRF token in every form, one h1, no duplicate ids.
 */
class NewPagesAreUsableTests extends AppTestSupport {

    private void usable(MockHttpServletRequestBuilder request, String name) throws Exception {
        PageChecks.assertUsable(Html.raw(mvc.perform(request).andReturn()), name);
    }

    @Test
    void everyNewPageAndStateIsValidAndLabelled() throws Exception {
        TestCompany employer = data.company().create();
        Person student = data.student().create();
        RequestPostProcessor asStudent = as(student.email());
        RequestPostProcessor asEmployer = as(employer.memberEmail());
        long open = data.posting(employer.id()).openings(2).create();
        long closed = data.posting(employer.id())
                .status("CLOSED")
                .deadline(LocalDate.now().plusDays(5))
                .create();
        long draft = data.posting(employer.id())
                .status("DRAFT")
                .deadline(LocalDate.now().plusDays(5))
                .create();
        long application = data.application(open, student.userId()).create();
        data.application(open, data.student().create().userId()).create();
        for (long posting : new long[] {open, closed}) {
            jdbc.sql("insert into saved_postings (student_id, posting_id) values (:s, :p)")
                    .param("s", student.userId())
                    .param("p", posting)
                    .update();
        }
        jdbc.sql("insert into application_notes (application_id, author_id, body) values (:a, :u, 'Call Monday.')")
                .param("a", application)
                .param("u", employer.memberId())
                .update();

        usable(get("/saved-postings").with(asStudent), "saved postings");
        usable(
                get("/saved-postings")
                        .with(user(
                                users.loadUserByUsername(data.student().create().email()))),
                "none saved");
        usable(get("/postings").param("minPay", "500").param("sort", "PAY").with(asStudent), "browse, no currency");
        usable(get("/postings"), "browse, visitor");
        usable(get("/postings/" + open).with(asStudent), "posting, saved, applied");
        usable(get("/postings/" + closed).with(asStudent), "closed posting");
        usable(get("/").with(asStudent), "home with Save buttons");
        usable(
                get("/employer/postings/" + open + "/applicants")
                        .param("sort", "NAME")
                        .param("status", "SUBMITTED")
                        .with(asEmployer),
                "sorted applicants");
        usable(get("/employer/applications/" + application).with(asEmployer), "application with notes");
        usable(
                post("/employer/applications/" + application + "/notes")
                        .with(csrf())
                        .with(asEmployer)
                        .param("body", ""),
                "empty note");
        usable(get("/employer/postings/" + draft + "/edit").with(asEmployer), "draft with Save and publish");
        usable(get("/employer/postings").with(asEmployer), "employer postings, stacked on phones");
    }
}
