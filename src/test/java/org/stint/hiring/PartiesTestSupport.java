package org.stint.hiring;

import org.junit.jupiter.api.BeforeEach;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Parties;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;

/**
 * Hiring tests around one student of a fresh university and one company ({@link
 * Fixtures#parties}), made anew for each test, through the whole application.
 */
abstract class PartiesTestSupport extends AppTestSupport {

    TestUniversity university;

    TestCompany company;

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
        Parties parties = data.parties(companyName, studentName);
        university = parties.university();
        company = parties.company();
        student = parties.student();
        studentEmail = parties.studentEmail();
    }
}
