package org.stint.testsupport;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What a module test's context needs from the {@code system} package, which no module test
 * bootstraps: the application's clock. Every module test imports this same class, so each
 * module's tests share one cached context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
