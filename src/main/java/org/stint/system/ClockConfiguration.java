package org.stint.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** "Today" for deadlines; one injectable clock so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
