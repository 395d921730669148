package org.stint.testsupport;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points every test context at {@link TestDatabase}, with Hikari's leak detection on, and watches
 * its connections ({@link OneConnectionPerRequest}), with scheduled jobs off (a test of a job calls
 * it or sets {@code stint.scheduling.enabled=true}). The database starts only when a context
 * actually asks for {@code spring.datasource.url}, so web-slice tests start none. Properties a
 * test sets itself still win.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
            if (sources.contains(inlined)) {
                sources.addAfter(inlined, new TestDatabasePropertySource());
            } else {
                sources.addFirst(new TestDatabasePropertySource());
            }
            context.getBeanFactory().addBeanPostProcessor(new OneConnectionPerRequest());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    private static final class TestDatabasePropertySource extends PropertySource<Object> {

        TestDatabasePropertySource() {
            super("stintTestDatabase", new Object());
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case "spring.datasource.url" -> TestDatabase.get().url();
                case "spring.datasource.username" -> TestDatabase.get().username();
                case "spring.datasource.password" -> TestDatabase.get().password();
                case "stint.embedded-database.enabled" -> "false";
                case "stint.demo-data.enabled" -> "true";
                case "stint.scheduling.enabled" -> "false";
                case "spring.datasource.hikari.leak-detection-threshold" -> "10000";
                default -> null;
            };
        }
    }
}
