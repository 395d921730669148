package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;

/**
 * Pay both sides see: the payment's currency picked from a list, what is owed and paid with the
 * note and reference on the employer's and the student's page, and the student's dispute, seen by
 * the company and the student's own career office, which notes an outcome.
 */
class PayAndDisputeTests extends PartiesTestSupport {

    PayAndDisputeTests() {
        super("Paying Co", "Priya Student");
    }

    private TestUniversity otherUniversity;

    @BeforeEach
    void otherUniversity() {
        otherUniversity = data.university(false);
    }

    /** A completed engagement on a fixed-fee posting: $1,000 owed. */
    private long completed() {
        long posting = data.posting(company).title("Tidy the survey data").create();
        return data.application(posting, student).inState("COMPLETED").create();
    }

    private org.springframework.test.web.servlet.ResultActions pay(long application, String amount, String currency)
            throws Exception {
        return mvc.perform(post("/employer/applications/" + application + "/payment")
                .with(csrf())
                .with(as(company.memberEmail()))
                .param("amount", amount)
                .param("currency", currency)
                .param("paidOn", LocalDate.now().toString())
                .param("reference", "INV-9")
                .param("note", "Two hours of onboarding were unpaid, as agreed."));
    }

    @Test
    void theCurrencyIsPickedFromAListAndLowerCaseMeansTheSameCurrency() throws Exception {
        long application = completed();
        Document form = page("/employer/applications/" + application, company.memberEmail());
        assertThat(form.select("select#currency option").eachAttr("value")).containsExactly("USD", "GBP", "INR", "EUR");
        assertThat(form.select("select#currency option[selected]").val()).isEqualTo("USD");
        assertThat(form.select("label[for=currency]").text()).isEqualTo("Currency");

        Document otherCurrency = Html.parse(
                pay(application, "1000", "GBP").andExpect(status().isOk()).andReturn());
        assertThat(otherCurrency.select("#currency-error").text()).contains("posting’s currency", "$1,000");
        Document unknown = Html.parse(
                pay(application, "1000", "dollars").andExpect(status().isOk()).andReturn());
        assertThat(unknown.select("#currency-error").text()).isNotEmpty();
        assertThat(unknown.select("#amount").val()).isEqualTo("1000");

        pay(application, "1000", "usd").andExpect(flash().attribute("flash", "hiring.payment.done"));
        assertThat(jdbc.sql("select currency || ' ' || amount_minor from payments where application_id = :a")
                        .param("a", application)
                        .query(String.class)
                        .single())
                .isEqualTo("USD 100000");
    }

    @Test
    void owedPaidTheNoteAndWhatRemainsShowToBothSides() throws Exception {
        long application = completed();
        Document before = page("/applications/" + application, studentEmail);
        assertThat(before.select(".pay-owed").text()).isEqualTo("$1,000");
        assertThat(before.select(".pay-paid").text()).isEqualTo("Not recorded yet");
        assertThat(before.select(".pay-state").text()).isEqualTo("$1,000 still owed");

        pay(application, "800", "USD").andExpect(flash().attribute("flash", "hiring.payment.done"));

        for (String[] side : new String[][] {
            {"/employer/applications/" + application, company.memberEmail()},
            {"/applications/" + application, studentEmail}
        }) {
            Document page = page(side[0], side[1]);
            assertThat(page.select(".pay-owed").text()).as(side[0]).isEqualTo("$1,000");
            assertThat(page.select(".pay-paid").text()).as(side[0]).startsWith("$800 on ");
            assertThat(page.select(".pay-reference").text()).as(side[0]).isEqualTo("INV-9");
            assertThat(page.select(".pay-note").text())
                    .as(side[0])
                    .isEqualTo("Two hours of onboarding were unpaid, as agreed.");
            assertThat(page.select(".pay-state").text()).as(side[0]).isEqualTo("$200 still owed");
        }
        // a recorded payment is not recorded twice: the form is gone
        assertThat(page("/employer/applications/" + application, company.memberEmail())
                        .select("form[action$=/payment]"))
                .isEmpty();

        long settled = completed();
        pay(settled, "1000", "USD").andExpect(flash().attribute("flash", "hiring.payment.done"));
        assertThat(page("/applications/" + settled, studentEmail)
                        .select(".pay-state")
                        .text())
                .isEqualTo("Settled: paid in full");
    }

    @Test
    void theStudentDisputesTheCompanyAndTheirCareerOfficeSeeItAndTheOfficeNotesTheOutcome() throws Exception {
        long application = completed();
        pay(application, "800", "USD").andExpect(flash().attribute("flash", "hiring.payment.done"));
        String mine = "/applications/" + application;

        // a reason is needed, and what was typed stays
        Document empty = Html.parse(mvc.perform(post(mine + "/dispute")
                        .with(csrf())
                        .with(as(studentEmail))
                        .param("reason", "  "))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(empty.select("#reason-error").text()).isEqualTo("Please fill in this field.");

        // nobody else can raise it: another student gets "not found", an employer or staff the wrong role
        long otherStudent = data.student(university, "Other Student");
        mvc.perform(post(mine + "/dispute")
                        .with(csrf())
                        .with(as(data.email(otherStudent)))
                        .param("reason", "Not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(post(mine + "/dispute")
                        .with(csrf())
                        .with(as(company.memberEmail()))
                        .param("reason", "Not theirs"))
                .andExpect(status().isForbidden());

        mvc.perform(post(mine + "/dispute")
                        .with(csrf())
                        .with(as(studentEmail))
                        .param("reason", "We agreed 40 hours; $200 is missing."))
                .andExpect(redirectedUrl(mine))
                .andExpect(flash().attribute("flash", "hiring.dispute.done"));
        mvc.perform(post(mine + "/dispute").with(csrf()).with(as(studentEmail)).param("reason", "Again"))
                .andExpect(flash().attribute("flashError", "hiring.dispute.already"));
        long dispute = jdbc.sql("select id from payment_disputes where application_id = :a")
                .param("a", application)
                .query(Long.class)
                .single();

        Document studentPage = page(mine, studentEmail);
        assertThat(studentPage.select(".dispute-reason").text()).isEqualTo("We agreed 40 hours; $200 is missing.");
        assertThat(studentPage.select("form[action$=/dispute]")).isEmpty();
        Document employerPage = page("/employer/applications/" + application, company.memberEmail());
        assertThat(employerPage.select(".dispute-reason").text()).isEqualTo("We agreed 40 hours; $200 is missing.");
        assertThat(employerPage.select(".dispute-outcome").text()).startsWith("Open");

        // the student's own career office sees it; another university's does not
        Document list = page("/university/disputes", university.staffEmail());
        assertThat(list.select(".dispute-row .card-title a").attr("href")).isEqualTo("/university/disputes/" + dispute);
        assertThat(list.select(".dispute-row").text()).contains("Priya Student", "Owed $1,000, paid $800", "Open");
        assertThat(page("/university/disputes", otherUniversity.staffEmail()).select(".dispute-row"))
                .isEmpty();
        mvc.perform(get("/university/disputes/" + dispute).with(as(otherUniversity.staffEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/university/disputes/" + dispute + "/outcome")
                        .with(csrf())
                        .with(as(otherUniversity.staffEmail()))
                        .param("outcome", "REJECTED"))
                .andExpect(status().isNotFound());

        Document detail = page("/university/disputes/" + dispute, university.staffEmail());
        assertThat(detail.select(".pay-note").text()).isEqualTo("Two hours of onboarding were unpaid, as agreed.");
        Document noOutcome = Html.parse(mvc.perform(post("/university/disputes/" + dispute + "/outcome")
                        .with(csrf())
                        .with(as(university.staffEmail()))
                        .param("note", "Looked at the e-mails."))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(noOutcome.select("#outcome-error").text()).isEqualTo("Choose an outcome.");
        assertThat(noOutcome.select("#note").text()).isEqualTo("Looked at the e-mails.");
        mvc.perform(post("/university/disputes/" + dispute + "/outcome")
                        .with(csrf())
                        .with(as(university.staffEmail()))
                        .param("outcome", "UPHELD")
                        .param("note", "The e-mails confirm 40 hours; the company pays the rest."))
                .andExpect(flash().attribute("flash", "hiring.dispute.outcome.done"));

        for (String[] side :
                new String[][] {{mine, studentEmail}, {"/employer/applications/" + application, company.memberEmail()}
                }) {
            Document page = page(side[0], side[1]);
            assertThat(page.select(".dispute-outcome").text()).as(side[0]).startsWith("Upheld");
            assertThat(page.select(".dispute").text())
                    .as(side[0])
                    .contains("The e-mails confirm 40 hours; the company pays the rest.");
        }

        // notices: the company and the office when raised, the student and the company on the outcome
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(kinds(company.memberId())).contains("paymentDisputed", "disputeDecided.UPHELD");
            assertThat(kinds(university.staffId())).contains("paymentDisputed");
            assertThat(kinds(otherUniversity.staffId())).doesNotContain("paymentDisputed");
            assertThat(kinds(student)).contains("disputeDecided.UPHELD");
        });
    }

    @Test
    void onlyCompletedWorkCanBeDisputed() throws Exception {
        long posting = data.posting(company)
                .title("Label photos")
                .category("OPERATIONS")
                .create();
        long hired = data.hire(posting, student).create();
        assertThat(page("/applications/" + hired, studentEmail).select("form[action$=/dispute]"))
                .isEmpty();
        mvc.perform(post("/applications/" + hired + "/dispute")
                        .with(csrf())
                        .with(as(studentEmail))
                        .param("reason", "Too early"))
                .andExpect(flash().attribute("flashError", "hiring.refused.notCompleted"));
        assertThat(jdbc.sql("select count(*) from payment_disputes where application_id = :a")
                        .param("a", hired)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private java.util.List<String> kinds(long userId) {
        return jdbc.sql("select kind from notifications where user_id = :id")
                .param("id", userId)
                .query(String.class)
                .list();
    }
}
