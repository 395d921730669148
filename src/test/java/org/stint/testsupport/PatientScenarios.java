package org.stint.testsupport;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.function.Function;
import org.awaitility.core.ConditionFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ScenarioCustomizer;

/**
 * Lets a module test's {@code Scenario} wait up to 30 seconds for an event or a state change
 * (Spring Modulith's default is 10): listeners run after commit on other threads, and on a busy
 * shared build machine they can take a while. A scenario that succeeds returns as soon as it does.
 */
public class PatientScenarios implements ScenarioCustomizer {

    @Override
    public Function<ConditionFactory, ConditionFactory> getDefaultCustomizer(
            Method method, ApplicationContext context) {
        return conditions -> conditions.atMost(Duration.ofSeconds(30));
    }
}
