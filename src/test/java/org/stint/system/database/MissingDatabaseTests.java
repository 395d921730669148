package org.stint.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.stint.system.database.MissingDatabaseConfiguration.MissingDatabaseException;

/** The packaged jar has no embedded PostgreSQL: without DATABASE_URL it stops and says what to set. */
class MissingDatabaseTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class, MissingDatabaseConfiguration.class);

    @Test
    void withoutTheEmbeddedServerOrAUrlTheStartStopsWithAnExplanation() {
        runner.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class)).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            MissingDatabaseException cause = findCause(failure);
            FailureAnalysis analysis = new MissingDatabaseFailureAnalyzer().analyze(failure);
            assertThat(cause).isNotNull();
            assertThat(analysis.getDescription()).contains("DATABASE_URL is not set");
            assertThat(analysis.getAction()).contains("Set DATABASE_URL").contains("./mvnw spring-boot:run");
        });
    }

    @Test
    void withAUrlNeitherTheEmbeddedServerNorTheFailureIsConfigured() {
        runner.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/stint")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(MissingDatabaseConfiguration.class)
                        .doesNotHaveBean(EmbeddedDatabaseConfiguration.class));
    }

    private static MissingDatabaseException findCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingDatabaseException missing) {
                return missing;
            }
        }
        return null;
    }
}
