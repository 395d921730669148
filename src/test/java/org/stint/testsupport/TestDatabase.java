package org.stint.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which real PostgreSQL the tests use, once per JVM:
 *
 * <ol>
 *   <li>{@code TEST_DATABASE_URL} set: a fresh database created on that server for this run and
 *       dropped at the end (the user needs CREATEDB);
 *   <li>else a Docker engine: a Testcontainers PostgreSQL;
 *   <li>else an embedded PostgreSQL in a temporary folder.
 * </ol>
 *
 * No test skips for want of Docker. The module tests ({@code @ApplicationModuleTest}) get a database
 * of their own on the same server ({@link #forModuleTests()}): they bootstrap a module without the
 * demo data and leave their rows behind, which the whole application's tests must not see.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    /** Where the tests' database lives and how it was chosen. */
    public record Coordinates(String url, String username, String password, String source) {}

    private static Coordinates coordinates;

    private static Coordinates moduleTests;

    /** Where to connect to create another database, and whether to drop those when the JVM ends. */
    private static Coordinates server;

    private static boolean dropAtExit;

    private TestDatabase() {}

    public static synchronized Coordinates get() {
        if (coordinates == null) {
            coordinates = start();
            if (server == null) { // a server of the tests' own, with nothing else on it
                server = coordinates;
            }
            log.info("Tests use PostgreSQL from {} at {}", coordinates.source(), coordinates.url());
        }
        return coordinates;
    }

    /** A second, empty database on the same server, created on first use; Flyway migrates it. */
    public static synchronized Coordinates forModuleTests() {
        if (moduleTests == null) {
            get();
            String name = "stint_module_tests_" + ProcessHandle.current().pid();
            execute(server.url(), server.username(), server.password(), "create database " + name);
            if (dropAtExit) {
                dropAtExit(name);
            }
            moduleTests = new Coordinates(
                    withDatabase(server.url(), name), server.username(), server.password(), server.source());
        }
        return moduleTests;
    }

    private static Coordinates start() {
        String serverUrl = System.getenv("TEST_DATABASE_URL");
        if (serverUrl != null && !serverUrl.isBlank()) {
            return freshDatabaseOn(serverUrl, env("TEST_DATABASE_USER"), env("TEST_DATABASE_PASSWORD"));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Coordinates(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitSpringShutdown();
                close(postgres);
            }));
            return new Coordinates(
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres",
                    "",
                    "embedded PostgreSQL (no Docker engine)");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static Coordinates freshDatabaseOn(String serverUrl, String username, String password) {
        String name = "stint_test_" + ProcessHandle.current().pid() + "_" + (System.currentTimeMillis() % 100_000);
        server = new Coordinates(serverUrl, username, password, "TEST_DATABASE_URL");
        dropAtExit = true;
        execute(serverUrl, username, password, "create database " + name);
        dropAtExit(name);
        return new Coordinates(
                withDatabase(serverUrl, name), username, password, "TEST_DATABASE_URL (database " + name + ")");
    }

    private static void dropAtExit(String name) {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> execute(
                        server.url(),
                        server.username(),
                        server.password(),
                        "drop database if exists " + name + " with (force)")));
    }

    /** jdbc:postgresql://host:5432/any?x=y becomes jdbc:postgresql://host:5432/{name}?x=y */
    public static String withDatabase(String jdbcUrl, String name) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + name + query;
    }

    private static void execute(String url, String username, String password, String sql) {
        java.util.Properties credentials = new java.util.Properties();
        if (username != null) { // else the URL's user parameter, or the operating system's user
            credentials.setProperty("user", username);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(url, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database set-up failed: " + sql, e);
        }
    }

    /**
     * JVM shutdown hooks run concurrently: let Spring close the test contexts (whose last act is
     * a query) before the database goes away.
     */
    private static void awaitSpringShutdown() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("SpringApplicationShutdownHook")) {
                try {
                    thread.join(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary folder goes with it
        }
    }

    /** {@code null} when unset or blank. */
    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
