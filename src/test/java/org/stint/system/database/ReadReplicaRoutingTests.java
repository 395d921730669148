package org.stint.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stint.account.UserDirectory;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.TestDatabase;

/**
 * With a replica URL set, read-only transactions read the replica and all else the primary. A
 * second database on the tests' server stands in for the replica: migrated like the primary, and
 * holding one user the primary does not have, so what a read returns shows where it was read (and
 * the administrator, whom a read-only transaction loads from the replica for the page).
 */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=3")
class ReadReplicaRoutingTests extends AppTestSupport {

    private static final String REPLICA_ONLY = "replica-only@replica.example.edu";

    private static String replica;

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        TestDatabase.Coordinates primary = TestDatabase.get();
        replica = "stint_replica_" + ProcessHandle.current().pid() + "_" + (System.currentTimeMillis() % 100_000);
        execute(primary, primary.url(), "create database " + replica);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> execute(primary, primary.url(), "drop database if exists " + replica + " with (force)")));
        String url = TestDatabase.withDatabase(primary.url(), replica);
        Flyway.configure()
                .dataSource(url, primary.username(), primary.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        execute(
                primary,
                url,
                "insert into users (email, password_hash, display_name, role)"
                        + " values ('" + REPLICA_ONLY + "', '{noop}x', 'Only On The Replica', 'STUDENT'),"
                        + " ('" + DemoData.DEMO_ADMIN + "', '{noop}x', 'Replica Administrator', 'ADMIN')");
        registry.add("stint.database.replica-url", () -> url);
    }

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDirectory directory;

    private String database(boolean readOnly) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.setReadOnly(readOnly);
        return transaction.execute(status ->
                jdbc.sql("select current_database()").query(String.class).single());
    }

    @Test
    void readOnlyTransactionsReadTheReplicaAndReadWriteOnesThePrimary() {
        String primary =
                jdbc.sql("select current_database()").query(String.class).single();
        assertThat(primary).isNotEqualTo(replica);

        assertThat(database(true)).isEqualTo(replica);
        assertThat(database(false)).isEqualTo(primary);
        assertThat(database(true)).as("and again, from the pool").isEqualTo(replica);
    }

    @Test
    void aServiceReadsTheReplicaAndWritesThePrimary() {
        assertThat(directory.find(REPLICA_ONLY, 1).users())
                .extracting(UserDirectory.UserRow::displayName)
                .containsExactly("Only On The Replica");
        assertThat(jdbc.sql("select count(*) from users where email = :e")
                        .param("e", REPLICA_ONLY)
                        .query(Long.class)
                        .single())
                .as("not on the primary")
                .isZero();
    }

    @Test
    void aPageIsReadFromTheReplica() throws Exception {
        String html = mvc.perform(get("/admin/users").param("q", REPLICA_ONLY).with(as(DemoData.DEMO_ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).text()).contains("Only On The Replica");
    }

    private static void execute(TestDatabase.Coordinates credentials, String url, String sql) {
        Properties properties = new Properties();
        if (credentials.username() != null) {
            properties.setProperty("user", credentials.username());
        }
        if (credentials.password() != null) {
            properties.setProperty("password", credentials.password());
        }
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
