package org.stint.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender of Stint's e-mail
 * @param baseUrl where links in e-mails point
 */
@ConfigurationProperties("stint.mail")
record MailProperties(String from, String baseUrl) {}
