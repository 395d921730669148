package org.stint.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.SignUpForms;

/**
 * E-mail through a real SMTP server (GreenMail, in-process). A mail server that is down never
 * undoes the business change, and the e-mail goes out once it is back.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "stint.mail.retry-every=PT1H",
            "stint.mail.retry-older-than=PT0S",
            "stint.mail.base-url=https://stint.test"
        })
class EmailNoticesTests extends AppTestSupport {

    /** A port free when the class loads, so parallel builds on one machine do not collide. */
    private static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    EmailRetry retry;

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private List<String> subjectsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(email))
                .map(EmailNoticesTests::subject)
                .toList();
    }

    private MimeMessage firstTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(email))
                .findFirst()
                .orElseThrow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single link (https://stint.test/…) in the e-mail's text. */
    private static String linkIn(MimeMessage message) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https://stint\\.test/\\S+")
                .matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)
                        .replace("=\r\n", ""));
        assertThat(link.find()).as("a link in the e-mail").isTrue();
        return link.group();
    }

    @Test
    void aNewAccountGetsAVerificationLinkAndAForgottenPasswordAResetLink() throws Exception {
        smtp.start();
        String email = "mail-" + System.nanoTime() + "@northbridge.edu";
        mvc.perform(SignUpForms.student("Mailed Student", email, "a-good-password"))
                .andExpect(status().isFound());
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(subjectsTo(email)).containsExactly("Confirm your e-mail address for Stint"));
        String verify = linkIn(firstTo(email));
        assertThat(verify).matches("https://stint\\.test/account/verify-email\\?token=[A-Za-z0-9_-]{43}");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        verify.substring("https://stint.test".length())))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select email_verified_at is not null from users where email = :e")
                        .param("e", email)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        mvc.perform(post("/password-reset").with(csrf()).param("email", email)).andExpect(status().isFound());
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(subjectsTo(email)).contains("Choose a new Stint password"));
        MimeMessage reset = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals("Choose a new Stint password"))
                .filter(m -> recipient(m).equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(linkIn(reset)).matches("https://stint\\.test/password-reset/new\\?token=[A-Za-z0-9_-]{43}");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(reset)).contains("30 minutes");
        String resetLink = linkIn(reset);
        mvc.perform(post("/password-reset/new")
                        .with(csrf())
                        .param("token", resetLink.substring(resetLink.indexOf("token=") + 6))
                        .param("newPassword", "another-good-password")
                        .param("confirmPassword", "another-good-password"))
                .andExpect(status().isFound());
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(subjectsTo(email)).contains("Your Stint password was changed"));
    }

    @Test
    void anInvitedColleagueGetsTheSignUpLinkByEmail() throws Exception {
        smtp.start();
        TestCompany employer = new Fixtures(jdbc).company().create();
        String companyName = employer.name();
        String colleague = "new.colleague." + System.nanoTime() + "@example.com";

        mvc.perform(post("/employer/company/colleagues")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("email", colleague))
                .andExpect(status().isFound());

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(subjectsTo(colleague)).containsExactly("Join " + companyName + " on Stint"));
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(firstTo(colleague)))
                .contains("/signup/employer")
                .contains(colleague);
    }

    @Test
    void mailsTheEventsAndRetriesWhenTheServerWasDown() throws Exception {
        smtp.start();
        TestCompany employer = data.company().create();
        Person student = data.student().create();
        long posting = data.posting(employer.id()).create();
        String title = jdbc.sql("select title from postings where id = :id")
                .param("id", posting)
                .query(String.class)
                .single();

        mvc.perform(post("/postings/" + posting + "/apply")
                        .with(csrf())
                        .with(as(student.email()))
                        .param("coverNote", "Hello"))
                .andExpect(status().isFound());
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(subjectsTo(employer.memberEmail())).contains("New application for " + title));
        MimeMessage received = firstTo(employer.memberEmail());
        assertThat(received.getFrom()[0].toString()).contains("no-reply@stint.example");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received))
                .contains(student.name() + " applied to " + title)
                .contains("/employer/applications/");

        smtp.stop();
        long application = jdbc.sql("select id from applications where posting_id = :p")
                .param("p", posting)
                .query(Long.class)
                .single();
        mvc.perform(post("/employer/applications/" + application + "/shortlist")
                        .with(csrf())
                        .with(as(employer.memberEmail())))
                .andExpect(status().isFound());

        assertThat(data.statusOf(application))
                .as("the mail server being down undoes nothing")
                .isEqualTo("SHORTLISTED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                select count(*) from event_publication
                                where completion_date is null and listener_id like '%MailGateway%'
                                  and serialized_event like :to
                                """)
                                .param("to", "%" + student.email() + "%")
                                .query(Long.class)
                                .single())
                        .isOne());
        assertThat(jdbc.sql("select count(*) from notifications where user_id = :u and kind = 'status.SHORTLISTED'")
                        .param("u", student.userId())
                        .query(Long.class)
                        .single())
                .as("the in-app notice is there at once")
                .isOne();

        smtp.start();
        retry.resubmit();
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(subjectsTo(student.email()))
                        .containsExactly("You are on the shortlist for " + title));
    }
}
