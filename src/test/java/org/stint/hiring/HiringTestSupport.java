package org.stint.hiring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/**
 * An employer with a company and a student, fresh for each test, with the helpers the hiring
 * workflow tests share.
 */
abstract class HiringTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures data;

    Co employer;

    Person student;

    @BeforeEach
    void people() {
        data = new Fixtures(jdbc);
        employer = data.company().create();
        student = data.student().create();
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    Document page(String url, String email) throws Exception {
        Document page = Html.parse(
                mvc.perform(get(url).with(as(email))).andExpect(status().isOk()).andReturn());
        PageChecks.assertUsable(page, url);
        return page;
    }

    long applicationOf(long postingId, long studentId) {
        return jdbc.sql("select id from applications where posting_id = :p and student_id = :s")
                .param("p", postingId)
                .param("s", studentId)
                .query(Long.class)
                .single();
    }
}
