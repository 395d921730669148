package org.stint.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, tables from V55), so any instance answers any
 * signed-in request, and an instance that stops loses nobody's sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * The transactions of the session repository join the caller's transaction when there is one,
     * instead of Spring Session's default of a new one each time: a new transaction takes a second
     * pooled connection while the first is held, the way a pool deadlocks under load. The request's
     * session is read and written by the session filter around the request, when no transaction is
     * open (open-in-view is off), so it gets a transaction of its own on the primary database;
     * deleting a disabled account's sessions joins the disabling transaction.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        return template;
    }

    /**
     * Two requests of one session may add the same attribute at once (the form token of two pages
     * opened together): the second insert updates the row instead of failing with a duplicate key.
     *
     * <p>Spring Session saves a session after every request, because each request moves its
     * last-access time; the session row is written only when something else changed or the stored
     * last-access time is {@value #LAST_ACCESS_STALE_MS} ms old or more, so a signed-in page does not
     * end with a row update (a new row version, its index entries and a WAL flush). A session may so
     * expire up to a minute before its full idle timeout. The parameters keep Spring Session's order.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWrites() {
        return sessions -> {
            sessions.setCreateSessionAttributeQuery("""
                    insert into %TABLE_NAME%_attributes (session_primary_id, attribute_name, attribute_bytes)
                    values (?, ?, ?)
                    on conflict (session_primary_id, attribute_name)
                    do update set attribute_bytes = excluded.attribute_bytes
                    """);
            sessions.setUpdateSessionQuery("""
                    update %TABLE_NAME% s
                    set session_id = v.session_id, last_access_time = v.last_access_time,
                        max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time,
                        principal_name = v.principal_name
                    from (select cast(? as char(36)) as session_id, cast(? as bigint) as last_access_time,
                                 cast(? as int) as max_inactive_interval, cast(? as bigint) as expiry_time,
                                 cast(? as varchar(100)) as principal_name, cast(? as char(36)) as primary_id) v
                    where s.primary_id = v.primary_id
                      and (s.last_access_time <= v.last_access_time - {stale}
                           or s.session_id <> v.session_id
                           or s.max_inactive_interval <> v.max_inactive_interval
                           or s.principal_name is distinct from v.principal_name)
                    """.replace("{stale}", Long.toString(LAST_ACCESS_STALE_MS)));
        };
    }

    static final long LAST_ACCESS_STALE_MS = 60_000;

    /**
     * Spring Security's view of the sessions, answered by the session repository's principal-name
     * index: every instance sees every session.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
