package org.stint.system.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.stint.system.database.MissingDatabaseConfiguration.MissingDatabaseException;

/** Turns a start without any database into a two-line explanation (registered in spring.factories). */
class MissingDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingDatabaseException cause) {
        return new FailureAnalysis(
                "No database: DATABASE_URL is not set, and the packaged jar does not include the embedded"
                        + " PostgreSQL that ./mvnw spring-boot:run and the tests start.",
                "Set DATABASE_URL (for example jdbc:postgresql://127.0.0.1:5432/stint) with DATABASE_USER and"
                        + " DATABASE_PASSWORD, or run from the source tree with ./mvnw spring-boot:run.",
                cause);
    }
}
