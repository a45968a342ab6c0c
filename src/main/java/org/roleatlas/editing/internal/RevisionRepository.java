package org.roleatlas.editing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of revisions and suggestions. Callers own the transaction. */
@Repository
class RevisionRepository {

    /** One saved revision of a role: the role before and after, who saved it, whose suggestion it was, and why. */
    record Revision(long id, String roleSlug, String kind, long authorId, Long creditedId, String reason,
                    RoleText before, RoleText after, Instant createdAt) {
    }

    /** A member's suggested edit and what became of it. */
    record Suggestion(long id, String roleSlug, long proposerId, String reason, RoleText base, RoleText proposed,
                      String status, Instant createdAt, Long decidedBy, Instant decidedAt, String decisionReason,
                      Long revisionId) {

        boolean pending() {
            return "pending".equals(status);
        }
    }

    private static final String REVISION_COLUMNS = "id, subject_key, kind, author_id, credited_id, reason, "
            + "before_json, after_json, created_at";
    private static final String SUGGESTION_COLUMNS = "id, role_slug, proposer_id, reason, base_json, proposed_json, "
            + "status, created_at, decided_by, decided_at, decision_reason, revision_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    RevisionRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insertRevision(String kind, long authorId, Long creditedId, String reason, RoleText before, RoleText after) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into catalog_revision (subject_kind, subject_key, kind, author_id, credited_id, reason, "
                        + "before_json, after_json, created_at) values ('role', ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(after.slug(), kind, authorId, creditedId, reason, before.json(), after.json(),
                        Timestamp.from(clock.instant()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The role's revisions, newest first. */
    List<Revision> revisions(String slug) {
        return jdbc.sql("select " + REVISION_COLUMNS + " from catalog_revision where subject_kind = 'role' "
                        + "and subject_key = ? order by id desc")
                .param(slug).query((rs, i) -> revision(rs)).list();
    }

    Optional<Revision> revision(String slug, long id) {
        return jdbc.sql("select " + REVISION_COLUMNS + " from catalog_revision where subject_kind = 'role' "
                        + "and subject_key = ? and id = ?")
                .params(slug, id).query((rs, i) -> revision(rs)).optional();
    }

    /** The id of the role's newest revision, or 0 before its first. */
    long latestRevision(String slug) {
        return jdbc.sql("select coalesce(max(id), 0) from catalog_revision where subject_kind = 'role' and subject_key = ?")
                .param(slug).query(Long.class).single();
    }

    long insertSuggestion(String slug, long proposerId, String reason, RoleText base, RoleText proposed) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into role_suggestion (role_slug, proposer_id, reason, base_json, proposed_json, status, "
                        + "created_at) values (?, ?, ?, ?, ?, 'pending', ?)")
                .params(slug, proposerId, reason, base.json(), proposed.json(), Timestamp.from(clock.instant()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Suggestion> suggestion(long id) {
        return jdbc.sql("select " + SUGGESTION_COLUMNS + " from role_suggestion where id = ?")
                .param(id).query((rs, i) -> suggestion(rs)).optional();
    }

    /** Locks a pending suggestion for the deciding transaction; empty when it is not (or no longer) pending. */
    Optional<Suggestion> lockPending(long id) {
        return jdbc.sql("select " + SUGGESTION_COLUMNS + " from role_suggestion where id = ? and status = 'pending' "
                        + "for update")
                .param(id).query((rs, i) -> suggestion(rs)).optional();
    }

    /** The queue: pending suggestions, oldest first. */
    List<Suggestion> pending(int limit) {
        return jdbc.sql("select " + SUGGESTION_COLUMNS + " from role_suggestion where status = 'pending' order by id "
                        + "fetch first " + limit + " rows only")
                .query((rs, i) -> suggestion(rs)).list();
    }

    void decide(long id, String status, long editorId, String reason, Long revisionId) {
        jdbc.sql("update role_suggestion set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, "
                        + "revision_id = ? where id = ?")
                .params(status, editorId, Timestamp.from(clock.instant()), reason, revisionId, id).update();
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        long credited = rs.getLong(5);
        Long creditedId = rs.wasNull() ? null : credited;
        return new Revision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), creditedId, rs.getString(6),
                RoleText.parse(rs.getString(7)),
                RoleText.parse(rs.getString(8)), rs.getTimestamp(9).toInstant());
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        long decidedBy = rs.getLong(9);
        boolean undecided = rs.wasNull();
        Timestamp decidedAt = rs.getTimestamp(10);
        long revision = rs.getLong(12);
        Long revisionId = rs.wasNull() ? null : revision;
        return new Suggestion(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                RoleText.parse(rs.getString(5)), RoleText.parse(rs.getString(6)), rs.getString(7),
                rs.getTimestamp(8).toInstant(), undecided ? null : decidedBy,
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString(11), revisionId);
    }
}
