package org.stint.account.demo;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo user accounts, created verified and back-dated to when the demo says they signed up. The
 * sign-up services stamp the current time and send a verification e-mail, so this writes the
 * account module's own {@code users} table directly.
 */
@Component
public class AccountDemoData {

    private final JdbcClient jdbc;

    AccountDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many accounts exist: the demo fills only an empty database. */
    public long accounts() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    /** A verified account with {@code role}, created at {@code created}; its id. */
    public long user(String email, String hash, String name, String role, Instant created) {
        return jdbc.sql("""
                        insert into users (email, password_hash, display_name, role, created_at, updated_at,
                            email_verified_at)
                        values (:email, :hash, :name, :role, :created, :created, :created) returning id
                        """)
                .param("email", email)
                .param("hash", hash)
                .param("name", name)
                .param("role", role)
                .param("created", Timestamp.from(created))
                .query(Long.class)
                .single();
    }
}
