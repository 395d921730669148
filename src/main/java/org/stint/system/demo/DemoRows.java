package org.stint.system.demo;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows more than one demo seeder writes: user accounts, and the history of an application's status. */
@Component
class DemoRows {

    private final JdbcClient jdbc;

    DemoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long user(String email, String hash, String name, String role, Instant created) {
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

    long idOf(String email) {
        return jdbc.sql("select id from users where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    void history(long application, String from, String to, long actor, Instant at) {
        history(application, from, to, actor, at, null);
    }

    void history(long application, String from, String to, long actor, Instant at, String note) {
        jdbc.sql("""
                        insert into application_events (application_id, from_status, to_status, actor_user_id, note, occurred_at)
                        values (:application, :from, :to, :actor, :note, :at)
                        """)
                .param("application", application)
                .param("from", from)
                .param("to", to)
                .param("actor", actor)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .update();
    }
}
