package org.roleatlas.accounts.internal.email;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on members' addresses, passwords and session cut-off, and on {@code member_mail_token}. */
@Repository
class EmailRepository {

    /** A member's address as stored. */
    record Address(String email, Instant verifiedAt) {
    }

    /** A mail token row. */
    record Token(String hash, long memberId, String purpose, String email, Instant expiresAt, Instant usedAt) {
    }

    /**
     * How long a node trusts the cut-off it read for a member: a signed-in request reads it on every request, so
     * it is kept for a moment instead of costing each request a query. A password set through this node is seen
     * here at once; other nodes see it within this time.
     */
    static final Duration CUTOFF_CACHED_FOR = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Cache<Long, Optional<Instant>> cutoffs = Caffeine.newBuilder()
            .expireAfterWrite(CUTOFF_CACHED_FOR).maximumSize(100_000).build();

    EmailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    Optional<Address> address(long memberId) {
        return jdbc.sql("select email, email_verified_at from member where id = ?").param(memberId)
                .query((rs, n) -> new Address(rs.getString(1), instant(rs.getTimestamp(2)))).optional()
                .filter(a -> a.email() != null);
    }

    /** The active member using this address (case-insensitive), if any. */
    Optional<Long> activeMemberByEmail(String email) {
        return jdbc.sql("select id from member where email_key = ? and status = 'active'").param(key(email))
                .query(Long.class).optional();
    }

    boolean taken(String email, long exceptMember) {
        return jdbc.sql("select count(*) from member where email_key = ? and id <> ?").params(key(email), exceptMember)
                .query(Integer.class).single() > 0;
    }

    void setEmail(long memberId, String email, Instant verifiedAt) {
        jdbc.sql("update member set email = ?, email_key = ?, email_verified_at = ? where id = ?")
                .params(email.strip(), key(email), verifiedAt == null ? null : Timestamp.from(verifiedAt), memberId)
                .update();
    }

    void insertToken(String hash, long memberId, String purpose, String email, Instant now, Instant expires) {
        jdbc.sql("insert into member_mail_token (token_hash, member_id, purpose, email, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(hash, memberId, purpose, email.strip(), Timestamp.from(now), Timestamp.from(expires))
                .update();
    }

    Optional<Token> token(String hash) {
        return jdbc.sql("select token_hash, member_id, purpose, email, expires_at, used_at from member_mail_token "
                        + "where token_hash = ?").param(hash)
                .query((rs, n) -> new Token(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .optional();
    }

    /** @return whether this call used the token (it was unused and unexpired): a link works once */
    boolean use(String hash, Instant now) {
        return jdbc.sql("update member_mail_token set used_at = ? where token_hash = ? and used_at is null "
                        + "and expires_at > ?")
                .params(Timestamp.from(now), hash, Timestamp.from(now)).update() == 1;
    }

    /** Ends the member's other unused links of one purpose (a new one replaces them). */
    void expireTokens(long memberId, String purpose, Instant now) {
        jdbc.sql("update member_mail_token set used_at = ? where member_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(now), memberId, purpose).update();
    }

    /** The newest unused, unexpired verification link's address, if any. */
    Optional<String> latestVerification(long memberId, Instant now) {
        return jdbc.sql("select email from member_mail_token where member_id = ? and purpose = 'verify' "
                        + "and used_at is null and expires_at > ? order by created_at desc limit 1")
                .params(memberId, Timestamp.from(now)).query(String.class).optional();
    }

    Optional<String> passwordHash(long memberId) {
        return jdbc.sql("select password_hash from member where id = ?").param(memberId).query(String.class).optional();
    }

    /** A new password; every session signed in before {@code now} ends. */
    void setPassword(long memberId, String hash, Instant now) {
        jdbc.sql("update member set password_hash = ?, sessions_valid_after = ? where id = ?")
                .params(hash, Timestamp.from(now), memberId).update();
        cutoffs.put(memberId, Optional.of(now));
    }

    Optional<Instant> sessionsValidAfter(long memberId) {
        return cutoffs.get(memberId, this::readSessionsValidAfter);
    }

    private Optional<Instant> readSessionsValidAfter(long memberId) {
        return jdbc.sql("select sessions_valid_after from member where id = ?").param(memberId)
                .query((rs, n) -> Optional.ofNullable(instant(rs.getTimestamp(1)))).list().stream()
                .flatMap(Optional::stream).findFirst();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
