package org.stint.hiring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Parties;
import org.stint.testsupport.Fixtures.Uni;

/**
 * Hiring tests around one student of a fresh university and one company ({@link
 * Fixtures#parties}), made anew for each test, through the whole application.
 */
@AppTest
abstract class PartiesTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures fixtures;

    Uni uni;

    Co company;

    long student;

    String studentEmail;

    private final String companyName;

    private final String studentName;

    PartiesTestSupport(String companyName, String studentName) {
        this.companyName = companyName;
        this.studentName = studentName;
    }

    @BeforeEach
    void parties() {
        fixtures = new Fixtures(jdbc);
        Parties parties = fixtures.parties(companyName, studentName);
        uni = parties.university();
        company = parties.company();
        student = parties.student();
        studentEmail = parties.studentEmail();
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
