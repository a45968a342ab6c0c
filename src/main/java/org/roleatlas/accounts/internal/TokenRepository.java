package org.roleatlas.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on {@code access_token}. */
@Repository
class TokenRepository {

    /** A token as its owner sees it in the list: never the token or its hash. */
    record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
    }

    /** What authenticating a token needs: its row id, owner and when it was last marked used. */
    record TokenOwner(long tokenId, long memberId, Instant lastUsedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TokenRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    void insert(long memberId, String name, String hash, String prefix) {
        jdbc.sql("insert into access_token (member_id, name, token_hash, token_prefix, created_at) values (?, ?, ?, ?, ?)")
                .params(memberId, name, hash, prefix, Timestamp.from(clock.instant())).update();
    }

    List<TokenView> active(long memberId) {
        return jdbc.sql("select id, name, token_prefix, created_at, last_used_at from access_token "
                        + "where member_id = ? and revoked_at is null order by created_at desc, id desc")
                .param(memberId)
                .query((rs, row) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    /** Only the owner's own, unrevoked token is revoked; @return whether one was. */
    boolean revoke(long memberId, long tokenId) {
        return jdbc.sql("update access_token set revoked_at = ? where id = ? and member_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId, memberId).update() == 1;
    }

    /** An unrevoked token of an active member. */
    Optional<TokenOwner> findUsable(String hash) {
        return jdbc.sql("select t.id, t.member_id, t.last_used_at from access_token t join member m on m.id = t.member_id "
                        + "where t.token_hash = ? and t.revoked_at is null and m.status = 'active'")
                .param(hash)
                .query((rs, row) -> new TokenOwner(rs.getLong("id"), rs.getLong("member_id"),
                        instant(rs.getTimestamp("last_used_at"))))
                .optional();
    }

    /** The condition keeps concurrent requests from all writing: at most one update per token a minute. */
    void markUsed(long tokenId, Instant now) {
        jdbc.sql("update access_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), tokenId, Timestamp.from(now.minusSeconds(60))).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
