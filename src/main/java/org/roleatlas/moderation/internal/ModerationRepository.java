package org.roleatlas.moderation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL of moderation: posts of every kind by id, their moderation state and the visible-only counts that move
 * with it, flags, and the moderation log.
 */
@Repository
class ModerationRepository {

    /** A post with an open flag count, for the queue. */
    record Flagged(PostKind kind, long postId, int flags) {
    }

    /** One open flag: its reason key and the member's note (null when none). */
    record OpenFlag(String reason, String note) {
    }

    /** One line of the moderation log, with the moderator's and the member's usernames. */
    record LogEntry(String moderator, String action, String postKind, Long postId, String member, String reason,
                    Instant at) {
    }

    private final JdbcClient jdbc;

    ModerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A post the viewer may see (a moderator: any post that is not deleted). */
    Optional<ModeratedPost> post(PostKind kind, long id, Viewer viewer) {
        return jdbc.sql(select(kind) + "where p.id = ? and " + viewer.sees("p")).param(id)
                .query((rs, n) -> ref(kind, rs)).optional();
    }

    /** The posts of one kind with these ids that the viewer may see, in one query, keyed by id. */
    Map<Long, ModeratedPost> posts(PostKind kind, Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ModeratedPost> posts = new HashMap<>();
        jdbc.sql(select(kind) + "where p.id in (:ids) and " + viewer.sees("p")).param("ids", ids)
                .query((rs, n) -> ref(kind, rs)).list().forEach(post -> posts.put(post.id(), post));
        return posts;
    }

    /** The post table of the kind aliased {@code p}, read as a {@link ModeratedPost}. */
    private static String select(PostKind kind) {
        return switch (kind) {
            case QUESTION -> "select p.id, p.id as question_id, p.author_id, p.moderation, p.title as excerpt, "
                    + "null as parent_kind, 0 as parent_id from question p ";
            case ANSWER -> "select p.id, p.question_id, p.author_id, p.moderation, p.body_html as excerpt, "
                    + "'question' as parent_kind, p.question_id as parent_id from answer p ";
            // a comment on another module's content (an article) is on no question: question_id 0
            case COMMENT -> "select p.id, case when p.post_kind = 'question' then p.post_id when p.post_kind = 'answer' "
                    + "then (select a.question_id from answer a where a.id = p.post_id) else 0 end as question_id, "
                    + "p.author_id, "
                    + "p.moderation, p.body_html as excerpt, p.post_kind as parent_kind, p.post_id as parent_id "
                    + "from comment p ";
        };
    }

    /** @return whether this request moved the post from {@code from} to {@code to} (a row lock decides races) */
    boolean changeState(ModeratedPost post, ModerationState from, ModerationState to) {
        return jdbc.sql("update " + post.kind().table() + " set moderation = ? where id = ? and moderation = ? "
                        + "and deleted_at is null")
                .params(to.key(), post.id(), from.key()).update() == 1;
    }

    /** Counts move with visibility, in the caller's transaction, atomically (as posting and deleting move them). */
    void addToCount(ModeratedPost post, int delta) {
        if (post.countColumn() != null && PostKind.find(post.parentKind()).filter(PostKind::takesComments).isPresent()) {
            // questions and answers keep counts; other modules' content is counted by query
            jdbc.sql("update " + PostKind.of(post.parentKind()).table() + " set " + post.countColumn() + " = "
                    + post.countColumn() + " + ? where id = ?").params(delta, post.parentId()).update();
        }
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the member has already flagged the post */
    void insertFlag(PostKind kind, long postId, long memberId, FlagReason reason, String note, Instant now) {
        jdbc.sql("insert into flag (post_kind, post_id, member_id, reason, note, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(kind.table(), postId, memberId, reason.key(), note, Timestamp.from(now)).update();
    }

    /** @return how many open flags were resolved */
    List<Long> openFlaggers(PostKind kind, long postId) {
        return jdbc.sql("select member_id from flag where post_kind = ? and post_id = ? and resolved_at is null "
                        + "order by member_id").params(kind.table(), postId).query(Long.class).list();
    }

    int resolveFlags(PostKind kind, long postId, Instant now) {
        return jdbc.sql("update flag set resolved_at = ? where post_kind = ? and post_id = ? and resolved_at is null")
                .params(Timestamp.from(now), kind.table(), postId).update();
    }

    /** Posts with open flags, most flags first, then the most recently flagged. */
    List<Flagged> flagged(int limit) {
        return jdbc.sql("select post_kind, post_id, count(*) as flags from flag where resolved_at is null "
                        + "group by post_kind, post_id order by count(*) desc, max(created_at) desc limit " + limit)
                .query((rs, n) -> new Flagged(PostKind.of(rs.getString(1)), rs.getLong(2), rs.getInt(3))).list();
    }

    /** The open flags of the posts of one kind with these ids, in one query: by post id, oldest first. */
    Map<Long, List<OpenFlag>> openFlags(PostKind kind, Collection<Long> postIds) {
        Map<Long, List<OpenFlag>> flags = new HashMap<>();
        if (postIds.isEmpty()) {
            return flags;
        }
        jdbc.sql("select post_id, reason, note from flag where post_kind = :kind and post_id in (:ids) "
                        + "and resolved_at is null order by created_at")
                .param("kind", kind.table()).param("ids", postIds)
                .query(rs -> {
                    flags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new OpenFlag(rs.getString(2), rs.getString(3)));
                });
        return flags;
    }

    /** Held posts of one kind the viewer may see, oldest first: the order they wait in. */
    List<ModeratedPost> held(PostKind kind, int limit, Viewer viewer) {
        return jdbc.sql(select(kind) + "where p.moderation = '" + ModerationState.HELD.key() + "' and " + viewer.sees("p") + " order by p.id limit "
                        + limit)
                .query((rs, n) -> ref(kind, rs)).list();
    }

    void log(long moderatorId, String action, ModeratedPost post, Long memberId, String reason, Instant now) {
        jdbc.sql("insert into moderation_log (moderator_id, action, post_kind, post_id, member_id, reason, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(moderatorId, action, post == null ? null : post.kind().table(),
                        post == null ? null : post.id(), memberId, reason, Timestamp.from(now))
                .update();
    }

    /** The newest log entries first. */
    List<LogEntry> recentLog(int limit) {
        return jdbc.sql("select m.username as moderator, l.action, l.post_kind, l.post_id, t.username as member, "
                        + "l.reason, l.created_at from moderation_log l join member m on m.id = l.moderator_id "
                        + "left join member t on t.id = l.member_id order by l.id desc limit " + limit)
                .query((rs, n) -> new LogEntry(rs.getString("moderator"), rs.getString("action"),
                        rs.getString("post_kind"), (Long) rs.getObject("post_id", Long.class), rs.getString("member"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static ModeratedPost ref(PostKind kind, ResultSet rs) throws SQLException {
        return new ModeratedPost(kind, rs.getLong("id"), rs.getLong("question_id"), rs.getLong("author_id"),
                ModerationState.of(rs.getString("moderation")), rs.getString("excerpt"), rs.getString("parent_kind"),
                rs.getLong("parent_id"));
    }
}
