package org.stint.notification;

/**
 * An e-mail to send, stored in the event publication registry in the same transaction as the
 * in-app notice, so it is sent (and retried) even if the mail server is down right now.
 */
record EmailRequested(String to, String subject, String text) {}
