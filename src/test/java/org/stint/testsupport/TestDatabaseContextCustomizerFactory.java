package org.stint.testsupport;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points every test context at {@link TestDatabase}, with Hikari's leak detection on, and watches
 * its connections ({@link OneConnectionPerRequest}). Scheduled jobs are off (a test of a job calls
 * it or sets {@code stint.scheduling.enabled=true}); the benchmark's SQL statement count is on (it
 * counts only for a request that asks, so the tests that read it share the common context); bcrypt
 * runs at its lowest strength, the same code with 16 rounds instead of 1,024, so that the many
 * sign-ins cost little. Module tests get a database of their own ({@link
 * TestDatabase#forModuleTests()}). The database starts only when a context actually asks for
 * {@code spring.datasource.url}, so web-slice tests start none. Properties a test sets itself
 * still win.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean moduleTest =
                MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(ApplicationModuleTest.class);
        return new Customizer(moduleTest);
    }

    /** One for the module tests' database, one for everything else's: equal ones share a context. */
    private record Customizer(boolean moduleTests) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
            if (sources.contains(inlined)) {
                sources.addAfter(inlined, new TestDatabasePropertySource(moduleTests));
            } else {
                sources.addFirst(new TestDatabasePropertySource(moduleTests));
            }
            context.getBeanFactory().addBeanPostProcessor(new OneConnectionPerRequest());
        }
    }

    private static final class TestDatabasePropertySource extends PropertySource<Boolean> {

        TestDatabasePropertySource(boolean moduleTests) {
            super("stintTestDatabase", moduleTests);
        }

        private TestDatabase.Coordinates database() {
            return source ? TestDatabase.forModuleTests() : TestDatabase.get();
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case "spring.datasource.url" -> database().url();
                case "spring.datasource.username" -> database().username();
                case "spring.datasource.password" -> database().password();
                case "stint.embedded-database.enabled" -> "false";
                case "stint.demo-data.enabled" -> "true";
                case "stint.scheduling.enabled" -> "false";
                case "stint.bench.count-sql" -> "true";
                case "stint.security.bcrypt-strength" -> "4";
                case "spring.datasource.hikari.leak-detection-threshold" -> "10000";
                default -> null;
            };
        }
    }
}
