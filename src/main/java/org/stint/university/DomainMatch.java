package org.stint.university;

import java.net.URI;
import java.util.Locale;

/** Whether a company member's e-mail domain belongs to the company's website (evidence for vetting). */
final class DomainMatch {

    private DomainMatch() {}

    /** The host of a website address without a leading "www.", or "" when there is none. */
    static String hostOf(String website) {
        if (website == null || website.isBlank()) {
            return "";
        }
        String address = website.strip();
        if (!address.contains("://")) {
            address = "https://" + address;
        }
        try {
            String host = URI.create(address).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException bad) {
            return "";
        }
    }

    /** Same domain, or one is a sub-domain of the other (mail.acme.com and acme.com). */
    static boolean matches(String emailDomain, String websiteHost) {
        if (emailDomain == null || emailDomain.isBlank() || websiteHost == null || websiteHost.isBlank()) {
            return false;
        }
        String domain = emailDomain.toLowerCase(Locale.ROOT);
        String host = websiteHost.toLowerCase(Locale.ROOT);
        return domain.equals(host) || domain.endsWith("." + host) || host.endsWith("." + domain);
    }
}
