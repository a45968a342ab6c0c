package org.roleatlas.questions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL that reads questions, answers and comments for the search index: by id (deleted rows included, so the
 * index learns they are gone) or in id order a chunk at a time for a rebuild (keyset pages: a large community never
 * sits in memory at once, on either database).
 */
@Repository
class PostSearchRows {

    /**
     * A post as search sees it; {@code questionId} is the thread it shows in. {@code deleted} also when a moderator
     * hid it or it is held for review: search shows only what every reader may see.
     */
    record Post(long id, long questionId, PostKind commentOn, long postId, String markdown, long authorId,
                boolean anonymous, Instant created, boolean deleted) {
    }

    /** The question a post belongs to: its title and role tags label the post in results; deleted when not public. */
    record QuestionLabel(String title, List<String> roles, boolean deleted) {
    }

    /** How search reads one post table: its alias, its select, and which of its rows are counted. */
    private record Table(String alias, String select, String only) {

        static Table of(PostKind kind) {
            return switch (kind) {
                case QUESTION -> new Table("q", QUESTIONS, "");
                case ANSWER -> new Table("a", ANSWERS, "");
                // Comments on questions and answers; other modules' content (articles) indexes its own comments.
                case COMMENT -> new Table("c", COMMENTS, " and post_kind in ('question', 'answer')");
            };
        }
    }

    private static final String QUESTIONS = "select q.id, q.id as question_id, null as post_kind, 0 as post_id, "
            + "q.body_markdown, q.author_id, q.anonymous, q.created_at, q.deleted_at, q.moderation from question q ";
    private static final String ANSWERS = "select a.id, a.question_id, null as post_kind, 0 as post_id, "
            + "a.body_markdown, a.author_id, a.anonymous, a.created_at, a.deleted_at, a.moderation from answer a ";
    private static final String COMMENTS = "select c.id, coalesce(a.question_id, c.post_id) as question_id, "
            + "c.post_kind, c.post_id, c.body_markdown, c.author_id, c.anonymous, c.created_at, "
            + "coalesce(a.deleted_at, c.deleted_at) as deleted_at, "
            + "case when a.moderation is not null and a.moderation <> 'visible' then a.moderation else c.moderation end "
            + "as moderation from comment c "
            + "left join answer a on c.post_kind = 'answer' and a.id = c.post_id ";

    private final JdbcClient jdbc;

    PostSearchRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Post> byIds(PostKind kind, Collection<Long> ids) {
        Table table = Table.of(kind);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(table.select + "where " + table.alias + ".id in (:ids)").param("ids", ids)
                .query((rs, n) -> post(rs)).list();
    }

    /** Posts that are not deleted themselves, with ids above {@code after}, in id order. */
    List<Post> chunk(PostKind kind, long after, int limit) {
        Table table = Table.of(kind);
        String a = table.alias;
        return jdbc.sql(table.select + "where " + a + ".id > :after and " + a + ".deleted_at is null"
                        + " order by " + a
                        + ".id limit " + limit)
                .param("after", after).query((rs, n) -> post(rs)).list();
    }

    long count(PostKind kind) {
        Table table = Table.of(kind);
        return jdbc.sql("select count(*) from " + kind.table() + " "
                + table.alias + " where deleted_at is null" + table.only).query(Long.class).single();
    }

    /** The answers of a question and the comments of the question and of its answers, deleted or not. */
    List<Long> answerIds(long questionId) {
        return jdbc.sql("select id from answer where question_id = ?").param(questionId).query(Long.class).list();
    }

    List<Long> commentIds(long questionId) {
        return jdbc.sql("select id from comment where (post_kind = 'question' and post_id = ?) or (post_kind = 'answer' "
                + "and post_id in (select id from answer where question_id = ?))").params(questionId, questionId)
                .query(Long.class).list();
    }

    List<Long> commentIdsOnAnswer(long answerId) {
        return jdbc.sql("select id from comment where post_kind = 'answer' and post_id = ?").param(answerId)
                .query(Long.class).list();
    }

    Map<Long, QuestionLabel> threads(Collection<Long> questionIds) {
        Map<Long, QuestionLabel> threads = new HashMap<>();
        if (questionIds.isEmpty()) {
            return threads;
        }
        Map<Long, List<String>> roles = QuestionRepository.ROLES.read(jdbc, questionIds);
        jdbc.sql("select id, title, deleted_at, moderation from question where id in (:ids)").param("ids", questionIds)
                .query(rs -> {
                    long id = rs.getLong(1);
                    threads.put(id, new QuestionLabel(rs.getString(2), roles.getOrDefault(id, List.of()),
                            rs.getTimestamp(3) != null || ModerationState.of(rs.getString(4)) != ModerationState.VISIBLE));
                });
        return threads;
    }

    private static Post post(ResultSet rs) throws SQLException {
        String on = rs.getString("post_kind");
        if (on != null && PostKind.find(on).filter(PostKind::takesComments).isEmpty()) {
            // A comment on another module's content (an article): never shown here. Told apart in Java, not in SQL:
            // a condition on the post kind makes H2 read comments through the by-post index and sort them, per chunk.
            return new Post(rs.getLong("id"), 0, null, 0, "", 0, false, Instant.EPOCH, true);
        }
        Timestamp created = rs.getTimestamp("created_at");
        return new Post(rs.getLong("id"), rs.getLong("question_id"), on == null ? null : PostKind.commented(on),
                rs.getLong("post_id"), rs.getString("body_markdown"), rs.getLong("author_id"),
                rs.getBoolean("anonymous"), created.toInstant(),
                rs.getTimestamp("deleted_at") != null
                        || ModerationState.of(rs.getString("moderation")) != ModerationState.VISIBLE);
    }
}
