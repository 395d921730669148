package org.stint.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends queued e-mail through SMTP when {@code spring.mail.host} is configured, else writes it to
 * the log. A failure leaves the publication incomplete, and {@link EmailRetry} tries again.
 */
@Component
class MailGateway {

    private static final Logger log = LoggerFactory.getLogger(MailGateway.class);

    private final ObjectProvider<JavaMailSender> smtp;

    private final MailProperties properties;

    MailGateway(ObjectProvider<JavaMailSender> smtp, MailProperties properties) {
        this.smtp = smtp;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void send(EmailRequested email) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("E-mail (no SMTP server configured) to {}: {}\n{}", email.to(), email.subject(), email.text());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(email.to());
        message.setSubject(email.subject());
        message.setText(email.text());
        sender.send(message);
    }
}
