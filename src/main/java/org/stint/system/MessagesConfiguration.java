package org.stint.system;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message source, as Boot would configure it from {@code spring.messages.*}, with one change:
 * each message with arguments is formatted on its own copy of the cached {@link MessageFormat}.
 *
 * <p>Why: Spring caches one {@code MessageFormat} per message and locale and formats under
 * {@code synchronized} on it (the class is not thread-safe). A results page formats the same
 * dozen messages ({@code common.hoursPerWeek}, {@code pay.HOURLY}…) twenty times, so under
 * concurrent load every rendering thread queued on the same few monitors; on a busy two-core
 * machine a descheduled holder stalled the others for tens to hundreds of milliseconds (flight
 * recorder: {@code jdk.JavaMonitorEnter} on {@code MessageFormat} in the browse page). A clone
 * costs a few microseconds and is never contended.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource(
            @Value("${spring.messages.basename:messages/messages}") String basename,
            @Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource() {
            @Override
            protected MessageFormat resolveCode(String code, Locale locale) {
                MessageFormat shared = super.resolveCode(code, locale);
                return shared == null ? null : (MessageFormat) shared.clone();
            }
        };
        messages.setBasenames(basename.split("\\s*,\\s*"));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(fallbackToSystemLocale);
        return messages;
    }
}
