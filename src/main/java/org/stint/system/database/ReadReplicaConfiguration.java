package org.stint.system.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code DATABASE_REPLICA_URL} set, read-only transactions ({@code @Transactional(readOnly =
 * true)}, every service read) are served by a PostgreSQL read replica, everything else by the
 * primary ({@code DATABASE_URL}). One DataSource routes each transaction when its first statement
 * runs: the transaction manager marks a read-only transaction's connection read-only before that,
 * and {@link LazyConnectionDataSourceProxy} then takes it from the replica's pool. Writes, locks,
 * Flyway, ShedLock and the session filter's own transactions go to the primary. Each pool has the
 * {@code spring.datasource.hikari} settings.
 *
 * <p>A replica lags the primary (streaming replication: usually milliseconds), so a page read
 * right after a write may not show it yet; docs/scaling.md says when that matters.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty() and !'${stint.database.replica-url:}'.isEmpty()")
class ReadReplicaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReadReplicaConfiguration.class);

    @Bean
    ReadReplicaRouting dataSource(
            DataSourceProperties primary,
            Environment environment,
            @Value("${stint.database.replica-url}") String replicaUrl,
            @Value("${stint.database.replica-user:}") String replicaUser,
            @Value("${stint.database.replica-password:}") String replicaPassword) {
        HikariDataSource primaryPool =
                pool(environment, primary.getUrl(), primary.getUsername(), primary.getPassword());
        primaryPool.setPoolName("primary");
        HikariDataSource replicaPool = pool(
                environment,
                replicaUrl,
                replicaUser.isEmpty() ? primary.getUsername() : replicaUser,
                replicaPassword.isEmpty() ? primary.getPassword() : replicaPassword);
        replicaPool.setPoolName("replica");
        log.info("Read-only transactions use the read replica at {}", replicaUrl);
        return new ReadReplicaRouting(primaryPool, replicaPool);
    }

    private static HikariDataSource pool(Environment environment, String url, String username, String password) {
        HikariDataSource pool = new HikariDataSource();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        return pool;
    }

    /** The primary's pool, with the replica's for read-only transactions; closes both. */
    static final class ReadReplicaRouting extends LazyConnectionDataSourceProxy implements AutoCloseable {

        private final HikariDataSource primary;

        private final HikariDataSource replica;

        ReadReplicaRouting(HikariDataSource primary, HikariDataSource replica) {
            super(primary);
            this.primary = primary;
            this.replica = replica;
            setReadOnlyDataSource(replica);
        }

        @Override
        public void close() {
            replica.close();
            primary.close();
        }
    }
}
