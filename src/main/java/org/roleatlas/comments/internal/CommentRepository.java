package org.roleatlas.comments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.comments.CommentRow;
import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * All SQL of comments.
 * Reads return only what their {@link Viewer} may see (never deleted comments); {@code comment_count} counts visible
 * comments only and moves in the caller's transaction.
 */
@Repository
class CommentRepository {

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param on a {@link PostKind} name (its post's {@code comment_count} moves too) or a target kind
     * @param moderation visible, or held: a held comment is counted only when a moderator approves it
     */
    long insert(String on, long postId, long authorId, boolean anonymous, String markdown, String html,
                ModerationState moderation, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into comment (post_kind, post_id, author_id, anonymous, body_markdown, body_html, created_at, "
                        + "moderation) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(on, postId, authorId, anonymous, markdown, html, Timestamp.from(now), moderation.key())
                .update(key, "id");
        if (moderation == ModerationState.VISIBLE) {
            addToCount(on, postId, 1); // atomic, in the insert's transaction: concurrent comments all count
        }
        return key.getKey().longValue();
    }

    Optional<CommentRow> comment(long id, Viewer viewer) {
        return jdbc.sql("select * from comment c where c.id = ? and " + viewer.sees("c")).param(id)
                .query((rs, n) -> comment(rs)).optional();
    }

    /** Oldest first, ids above {@code after} (0: from the first). */
    List<CommentRow> page(String on, long postId, long after, int limit, Viewer viewer) {
        return jdbc.sql("select * from comment c where c.post_kind = ? and c.post_id = ? and " + viewer.sees("c")
                        + " and c.id > ? order by c.id limit " + limit)
                .params(on, postId, after).query((rs, n) -> comment(rs)).list();
    }

    /** How many comments of the post come after {@code after}: the "N more" of a comments page. */
    int countAfter(String on, long postId, long after, Viewer viewer) {
        return jdbc.sql("select count(*) from comment c where c.post_kind = ? and c.post_id = ? and "
                        + viewer.sees("c") + " and c.id > ?")
                .params(on, postId, after).query(Integer.class).single();
    }

    /**
     * The first {@code perPost} comments of a question and of each of its answers, in one query (a window per
     * post), so a question page with many answers costs one round trip for all its comments.
     */
    List<CommentRow> firstOnQuestionPage(long questionId, int perPost, Viewer viewer) {
        // Two index reads joined by "union all": with the two kinds of post in one "or", H2 read every comment of
        // the site (a table scan, about 2 s a page with 170,000 comments) instead of the comment_by_post index.
        return jdbc.sql("select * from (select c.*, row_number() over (partition by c.post_kind, c.post_id "
                        + "order by c.id) as position from (select q.* from comment q where q.post_kind = 'question' "
                        + "and q.post_id = ? union all select x.* from answer a join comment x on x.post_kind = 'answer' "
                        + "and x.post_id = a.id where a.question_id = ?) c where " + viewer.sees("c") + ") t "
                        + "where t.position <= ? order by t.id")
                .params(questionId, questionId, perPost).query((rs, n) -> comment(rs)).list();
    }

    /** How many comments the viewer sees under the question and under each of its answers, in one query. */
    Map<PostRef, Integer> countsOnQuestionPage(long questionId, Viewer viewer) {
        Map<PostRef, Integer> counts = new HashMap<>();
        jdbc.sql("select c.post_kind, c.post_id, count(*) from (select q.* from comment q "
                        + "where q.post_kind = 'question' and q.post_id = ? union all select x.* from answer a "
                        + "join comment x on x.post_kind = 'answer' and x.post_id = a.id where a.question_id = ?) c "
                        + "where " + viewer.sees("c") + " group by c.post_kind, c.post_id")
                .params(questionId, questionId)
                .query(rs -> {
                    counts.put(new PostRef(PostKind.of(rs.getString(1)), rs.getLong(2)), rs.getInt(3));
                });
        return counts;
    }

    void edit(CommentRow before, long editorId, String markdown, String html, Instant now) {
        jdbc.sql("insert into post_edit (kind, post_id, editor_id, previous_title, previous_markdown, edited_at) "
                        + "values ('comment', ?, ?, null, ?, ?)")
                .params(before.id(), editorId, before.bodyMarkdown(), Timestamp.from(now)).update();
        jdbc.sql("update comment set body_markdown = ?, body_html = ?, edited_at = ? where id = ?")
                .params(markdown, html, Timestamp.from(now), before.id()).update();
    }

    void delete(CommentRow comment, Instant now) {
        int deleted = jdbc.sql("update comment set deleted_at = ? where id = ? and deleted_at is null "
                        + "and moderation = ?")
                .params(Timestamp.from(now), comment.id(), ModerationState.VISIBLE.key()).update();
        if (deleted == 1) { // only the request that deleted a counted comment takes it off the count
            addToCount(comment.on(), comment.postId(), -1);
        } else { // held or hidden: never counted
            jdbc.sql("update comment set deleted_at = ? where id = ? and deleted_at is null")
                    .params(Timestamp.from(now), comment.id()).update();
        }
    }

    /** Questions and answers keep a count; other modules' content is counted by query (their tables are theirs). */
    private void addToCount(String on, long postId, int delta) {
        PostKind.find(on).filter(PostKind::takesComments).ifPresent(kind -> jdbc.sql("update " + kind.table()
                + " set comment_count = comment_count + ? where id = ?").params(delta, postId).update());
    }

    private static CommentRow comment(ResultSet rs) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new CommentRow(rs.getLong("id"), rs.getString("post_kind"),
                rs.getLong("post_id"), rs.getLong("author_id"), rs.getBoolean("anonymous"),
                rs.getString("body_markdown"), rs.getString("body_html"), rs.getTimestamp("created_at").toInstant(),
                edited == null ? null : edited.toInstant(), ModerationState.of(rs.getString("moderation")));
    }
}
