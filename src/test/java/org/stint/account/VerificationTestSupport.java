package org.stint.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/** E-mail verification tests: the links the application sent (as events) and following them. */
@RecordApplicationEvents
abstract class VerificationTestSupport extends AppTestSupport {

    @Autowired
    ApplicationEvents events;

    String lastLinkTo(String email) {
        List<EmailVerificationRequested> sent = events.stream(EmailVerificationRequested.class)
                .filter(e -> e.email().equals(email))
                .toList();
        assertThat(sent).as("verification e-mails to " + email).isNotEmpty();
        return sent.get(sent.size() - 1).token();
    }

    Document follow(String token) throws Exception {
        String url = "/account/verify-email?token=" + token;
        Document page =
                Html.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
        PageChecks.assertUsable(page, url);
        return page;
    }
}
