package org.stint.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use links e-mailed to an account. A token is 256 random bits (43 URL-safe characters);
 * only its SHA-256 is stored, with an expiry and the time it was used. A changed character hashes
 * to a row that does not exist, so a tampered link is simply unknown.
 */
@Repository
class AccountTokens {

    enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD
    }

    /** A stored token, found by its hash. */
    record Token(long id, long userId, Instant expiresAt, Instant usedAt) {

        boolean usableAt(Instant now) {
            return usedAt == null && now.isBefore(expiresAt);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;

    AccountTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new token for the account and returns it: the only time it exists in clear. */
    String issue(long userId, Purpose purpose, Instant now, Duration validFor) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("""
                        insert into account_tokens (user_id, purpose, token_hash, created_at, expires_at)
                        values (:user, :purpose, :hash, :now, :expires)
                        """)
                .param("user", userId)
                .param("purpose", purpose.name())
                .param("hash", sha256(token))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(validFor)))
                .update();
        return token;
    }

    /** The token with this text and purpose; empty for anything malformed or unknown. */
    Optional<Token> find(String token, Purpose purpose) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, user_id, expires_at, used_at from account_tokens
                        where token_hash = :hash and purpose = :purpose
                        """)
                .param("hash", sha256(token))
                .param("purpose", purpose.name())
                .query((rs, row) -> new Token(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null
                                ? null
                                : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    /**
     * Marks the token used if it still is usable; only one caller ever gets true for a token,
     * however many use it at the same moment (the row is updated once).
     */
    boolean use(long tokenId, Instant now) {
        return jdbc.sql("""
                        update account_tokens set used_at = :now
                        where id = :id and used_at is null and expires_at > :now
                        """)
                        .param("now", Timestamp.from(now))
                        .param("id", tokenId)
                        .update()
                == 1;
    }

    /** Every unused token of the account for this purpose stops working. */
    void retireAll(long userId, Purpose purpose, Instant now) {
        jdbc.sql("""
                        update account_tokens set used_at = :now
                        where user_id = :user and purpose = :purpose and used_at is null
                        """)
                .param("now", Timestamp.from(now))
                .param("user", userId)
                .param("purpose", purpose.name())
                .update();
    }

    /** How many tokens the account was sent for this purpose since then, and when the last one was. */
    record Recent(int count, Instant latest) {}

    Recent issuedSince(long userId, Purpose purpose, Instant since) {
        return jdbc.sql("""
                        select count(*), max(created_at) from account_tokens
                        where user_id = :user and purpose = :purpose and created_at > :since
                        """)
                .param("user", userId)
                .param("purpose", purpose.name())
                .param("since", Timestamp.from(since))
                .query((rs, row) -> new Recent(
                        rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    /** Holds the account's row until the transaction ends, so that concurrent requests count in turn. */
    void lockAccount(long userId) {
        jdbc.sql("select id from users where id = :id for update")
                .param("id", userId)
                .query(Long.class)
                .optional();
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
