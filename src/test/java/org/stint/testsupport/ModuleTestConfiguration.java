package org.stint.testsupport;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What a module test's context needs from the {@code system} package, which no module test
 * bootstraps: the application's clock; and the pool settings every module test sets. A module's
 * test classes all use the same annotations, so they share one cached context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestConfiguration {

    /**
     * Each cached context keeps its own pool open until the JVM ends; a module test needs a few
     * connections (the test and the event listeners), not the application's ten.
     */
    public static final String SMALL_POOL = "spring.datasource.hikari.maximum-pool-size=4";

    public static final String FEW_IDLE = "spring.datasource.hikari.minimum-idle=1";

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
