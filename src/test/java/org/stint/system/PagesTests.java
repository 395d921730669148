package org.stint.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/** Every page renders on the demo data with all its text resolved and every field labelled. */
class PagesTests extends AppTestSupport {

    private String postingId(String status) {
        return jdbc.sql("select min(id) from postings where status = :status")
                .param("status", status)
                .query(Long.class)
                .single()
                .toString();
    }

    /**
     * The smallest id the query finds in the demo data; it names the demo accounts by the
     * parameters :student, :employer and :staff.
     */
    private String demoId(String sql) {
        return jdbc.sql(sql)
                .param("student", DemoData.DEMO_STUDENT)
                .param("employer", DemoData.DEMO_EMPLOYER)
                .param("staff", DemoData.DEMO_STAFF)
                .query(Long.class)
                .single()
                .toString();
    }

    private String demoPartnership() {
        return demoId("""
                select min(pa.id) from partnerships pa join university_staff s on s.university_id = pa.university_id
                join users u on u.id = s.user_id where u.email = :staff
                """);
    }

    /** The demo student's application at the demo employer's company: its timeline has events. */
    private String demoApplication() {
        return demoId("""
                select min(a.id) from applications a
                join users s on s.id = a.student_id
                join postings p on p.id = a.posting_id
                join company_members m on m.company_id = p.company_id
                join users e on e.id = m.user_id
                where s.email = :student and e.email = :employer
                """);
    }

    /** The demo's running engagement (Maya Chen at Lumen Analytics), the one with messages. */
    private String demoEngagement() {
        return demoId("""
                select min(m.application_id) from engagement_messages m
                join applications a on a.id = m.application_id join users s on s.id = a.student_id
                where s.email = :student
                """);
    }

    @ParameterizedTest
    @CsvSource({
        "'', /",
        "'', /about",
        "'', /postings",
        "'', /postings?q=data+analyst&category=DATA&mode=REMOTE&minHours=10&maxHours=40&currency=USD&minPay=100&sort=PAY",
        "'', /postings?page=3",
        "'', /postings/{open}",
        "'', /postings/{closed}",
        "'', /login",
        "'', /signup",
        "'', /signup/student",
        "'', /signup/employer",
        "'', /companies/lumen-analytics",
        DemoData.DEMO_STUDENT + ", /profile",
        DemoData.DEMO_EMPLOYER + ", /employer/company",
        DemoData.DEMO_STUDENT + ", /applications",
        DemoData.DEMO_STUDENT + ", /applications/{application}",
        DemoData.DEMO_EMPLOYER + ", /employer/applications/{application}",
        DemoData.DEMO_STUDENT + ", /postings/{open}",
        DemoData.DEMO_EMPLOYER + ", /employer/postings",
        DemoData.DEMO_EMPLOYER + ", /employer/postings/new",
        DemoData.DEMO_STUDENT + ", /notifications",
        DemoData.DEMO_EMPLOYER + ", /notifications",
        DemoData.DEMO_STAFF + ", /university",
        DemoData.DEMO_ADMIN + ", /admin",
        DemoData.DEMO_STUDENT + ", /postings",
        DemoData.DEMO_STUDENT + ", /",
        DemoData.DEMO_STAFF + ", /university/partnerships",
        DemoData.DEMO_STAFF + ", /university/partnerships/{partnership}",
        DemoData.DEMO_STAFF + ", /university/reports",
        DemoData.DEMO_STAFF + ", /university/reports?from=2020-01-01&to=2030-12-31",
        DemoData.DEMO_STAFF + ", /university/recommendations",
        DemoData.DEMO_STAFF + ", /university/staff",
        DemoData.DEMO_STAFF + ", /university/settings",
        DemoData.DEMO_STAFF + ", /postings/{open}",
        DemoData.DEMO_EMPLOYER + ", /employer/partnerships",
        DemoData.DEMO_ADMIN + ", /admin/universities",
        DemoData.DEMO_ADMIN + ", /admin/users",
        DemoData.DEMO_ADMIN + ", /admin/moderation",
        // accounts
        "'', /password-reset",
        "'', /password-reset/new?token=unknown",
        "'', /account/verify-email?token=unknown",
        DemoData.DEMO_STUDENT + ", /account",
        DemoData.DEMO_EMPLOYER + ", /account",
        // the engagement page, for each of its parties, and the career office's list
        DemoData.DEMO_STUDENT + ", /engagements/{engagement}",
        DemoData.DEMO_EMPLOYER + ", /engagements/{engagement}",
        DemoData.DEMO_STAFF + ", /engagements/{engagement}",
        DemoData.DEMO_STAFF + ", /university/engagements",
    })
    void rendersCompletelyWithLabelledFields(String email, String url) throws Exception {
        MockHttpServletRequestBuilder request = get(url.replace("{open}", postingId("OPEN"))
                .replace("{closed}", postingId("CLOSED"))
                .replace("{partnership}", demoPartnership())
                .replace("{application}", url.contains("{application}") ? demoApplication() : "")
                .replace("{engagement}", url.contains("{engagement}") ? demoEngagement() : ""));
        if (!email.isEmpty()) {
            request = request.with(as(email));
        }
        String page = Html.raw(mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn());

        PageChecks.assertUsable(page, url);
    }
}
