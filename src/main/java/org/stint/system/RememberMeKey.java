package org.stint.system;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key that signs remember-me cookies: {@code stint.security.remember-me-key} when set, else a
 * random key generated on first start and kept in PostgreSQL ({@code app_secrets}), so that every
 * instance signs and checks cookies alike and no deployment signs with a key anyone can read.
 */
final class RememberMeKey {

    private static final String NAME = "remember-me-key";

    private RememberMeKey() {}

    static String of(String configured, JdbcClient jdbc) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        // the first instance to start stores its key; every other instance reads that one
        jdbc.sql("insert into app_secrets (name, value) values (:name, :value) on conflict (name) do nothing")
                .param("name", NAME)
                .param("value", Base64.getUrlEncoder().withoutPadding().encodeToString(random))
                .update();
        return jdbc.sql("select value from app_secrets where name = :name")
                .param("name", NAME)
                .query(String.class)
                .single();
    }
}
