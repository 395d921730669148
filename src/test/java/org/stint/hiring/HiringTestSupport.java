package org.stint.hiring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.web.servlet.ResultActions;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;

/**
 * An employer with a company and a student, fresh for each test, with the helpers the hiring
 * workflow tests share.
 */
abstract class HiringTestSupport extends AppTestSupport {

    TestCompany employer;

    Person student;

    @BeforeEach
    void people() {
        employer = data.company().create();
        student = data.student().create();
    }

    /** The employer's confirmed "mark complete" of the application, with the hours worked. */
    ResultActions complete(long application, String hoursWorked) throws Exception {
        return mvc.perform(post("/employer/applications/" + application + "/complete")
                .param("confirmed", "yes")
                .with(csrf())
                .with(as(employer.memberEmail()))
                .param("hoursWorked", hoursWorked));
    }

    /** A confirmed withdrawal of the application by the user with this e-mail address. */
    ResultActions withdraw(long application, String email) throws Exception {
        return mvc.perform(post("/applications/" + application + "/withdraw")
                .param("confirmed", "yes")
                .with(csrf())
                .with(as(email)));
    }

    long applicationOf(long postingId, long studentId) {
        return jdbc.sql("select id from applications where posting_id = :p and student_id = :s")
                .param("p", postingId)
                .param("s", studentId)
                .query(Long.class)
                .single();
    }
}
