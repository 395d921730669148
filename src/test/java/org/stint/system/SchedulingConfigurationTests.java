package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/** Jobs are scheduled unless stint.scheduling.enabled=false, as every test context sets it. */
class SchedulingConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(DataSource.class, () -> Mockito.mock(DataSource.class))
            .withUserConfiguration(SchedulingConfiguration.class);

    @Test
    void scheduledByDefault() {
        runner.run(context -> assertThat(context).hasSingleBean(ScheduledAnnotationBeanPostProcessor.class));
    }

    @Test
    void notScheduledWhenTurnedOff() {
        runner.withPropertyValues("stint.scheduling.enabled=false")
                .run(context ->
                        assertThat(context).hasNotFailed().doesNotHaveBean(ScheduledAnnotationBeanPostProcessor.class));
    }
}
