package org.roleatlas.questions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.RoleTagTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * All SQL of questions, answers and their edits. Reads return only what their {@link Viewer} may see
 * (never deleted rows); {@code answer_count} counts visible answers only.
 */
@Repository
class QuestionRepository {

    /** A question's role tags, in the order the author gave them. */
    static final RoleTagTable ROLES = new RoleTagTable("question_role", "question_id");

    private static final String LIST_COLUMNS = "q.id, q.author_id, q.anonymous, q.title, q.created_at, q.edited_at, "
            + "q.answer_count, q.vote_count, q.comment_count, q.view_count, q.moderation";

    private final JdbcClient jdbc;
    private final RoleFeedCopies feedCopies;

    QuestionRepository(JdbcClient jdbc, RoleFeedCopies feedCopies) {
        this.jdbc = jdbc;
        this.feedCopies = feedCopies;
    }

    /** @param moderation visible, or held when the author's first posts wait for review */
    long insertQuestion(long authorId, boolean anonymous, String title, String markdown, String html,
                        List<String> roles, ModerationState moderation, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into question (author_id, anonymous, title, body_markdown, body_html, created_at, moderation) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(authorId, anonymous, title, markdown, html, Timestamp.from(now), moderation.key())
                .update(key, "id");
        long id = key.getKey().longValue();
        ROLES.insert(jdbc, id, roles);
        feedCopies.refresh(id);
        return id;
    }

    /** @param moderation visible, or held: a held answer is counted only when a moderator approves it */
    long insertAnswer(long questionId, long authorId, boolean anonymous, String markdown, String html,
                      ModerationState moderation, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into answer (question_id, author_id, anonymous, body_markdown, body_html, created_at, "
                        + "moderation) values (?, ?, ?, ?, ?, ?, ?)")
                .params(questionId, authorId, anonymous, markdown, html, Timestamp.from(now), moderation.key())
                .update(key, "id");
        if (moderation == ModerationState.VISIBLE) {
            // In the same transaction as the insert, and an atomic increment, so concurrent answers all count.
            jdbc.sql("update question set answer_count = answer_count + 1 where id = ?").param(questionId).update();
            feedCopies.refresh(questionId);
        }
        return key.getKey().longValue();
    }

    Optional<QuestionRow> question(long id, Viewer viewer) {
        return jdbc.sql("select q.* from question q where q.id = ? and " + viewer.sees("q"))
                .param(id).query((rs, n) -> question(rs, true)).optional()
                .map(q -> withRoles(List.of(q)).get(0));
    }

    /** The list rows (no bodies) of these questions, in the order given, with their role tags. */
    List<QuestionRow> listRows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, QuestionRow> byId = new HashMap<>();
        jdbc.sql("select " + LIST_COLUMNS + " from question q where q.id in (:ids)").param("ids", ids)
                .query((rs, n) -> question(rs, false)).list().forEach(q -> byId.put(q.id(), q));
        return withRoles(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    List<AnswerRow> answers(long questionId, Viewer viewer) {
        return jdbc.sql("select a.* from answer a where a.question_id = ? and " + viewer.sees("a") + " order by a.id")
                .param(questionId).query((rs, n) -> answer(rs)).list();
    }

    /**
     * Whether the member wrote a held or hidden post that the question's page would show them: the question, one of
     * its answers, or a comment under either (the comment table belongs to the comments module; this only counts).
     * The page the public sees lacks such posts, so such a member's page is read for them alone.
     */
    boolean hasUnlisted(long questionId, long memberId) {
        String unlisted = ".author_id = :member and %1$s.deleted_at is null and %1$s.moderation <> 'visible'";
        return jdbc.sql("select (select count(*) from question q where q.id = :question and q" + unlisted.formatted("q")
                        + ") + (select count(*) from answer a where a.question_id = :question and a"
                        + unlisted.formatted("a")
                        + ") + (select count(*) from comment c where c.post_kind = 'question' and c.post_id = :question"
                        + " and c" + unlisted.formatted("c")
                        + ") + (select count(*) from comment c join answer a on a.id = c.post_id "
                        + "where c.post_kind = 'answer' and a.question_id = :question and c" + unlisted.formatted("c")
                        + ")")
                .param("question", questionId).param("member", memberId).query(Long.class).single() > 0;
    }

    /** An answer the viewer may see, on a question the viewer may see. */
    Optional<AnswerRow> answer(long id, Viewer viewer) {
        return jdbc.sql("select a.* from answer a join question q on q.id = a.question_id "
                        + "where a.id = ? and " + viewer.sees("a") + " and " + viewer.sees("q"))
                .param(id).query((rs, n) -> answer(rs)).optional();
    }

    /** Records the title, text and role tags as they were, then replaces them. */
    void editQuestion(QuestionRow before, long editorId, String title, String markdown, String html,
                      List<String> roles, Instant now) {
        recordEdit("question", before.id(), editorId, before.title(), before.bodyMarkdown(),
                String.join(",", before.roles()), now);
        jdbc.sql("update question set title = ?, body_markdown = ?, body_html = ?, edited_at = ? where id = ?")
                .params(title, markdown, html, Timestamp.from(now), before.id()).update();
        if (!roles.equals(before.roles())) {
            ROLES.replace(jdbc, before.id(), roles);
            feedCopies.refresh(before.id());
        }
    }

    void editAnswer(AnswerRow before, long editorId, String markdown, String html, Instant now) {
        recordEdit("answer", before.id(), editorId, null, before.bodyMarkdown(), null, now);
        jdbc.sql("update answer set body_markdown = ?, body_html = ?, edited_at = ? where id = ?")
                .params(markdown, html, Timestamp.from(now), before.id()).update();
    }

    void deleteQuestion(long id, Instant now) {
        jdbc.sql("update question set deleted_at = ? where id = ? and deleted_at is null")
                .params(Timestamp.from(now), id).update();
        feedCopies.refresh(id);
    }

    void deleteAnswer(AnswerRow answer, Instant now) {
        int deleted = jdbc.sql("update answer set deleted_at = ? where id = ? and deleted_at is null "
                        + "and moderation = ?")
                .params(Timestamp.from(now), answer.id(), ModerationState.VISIBLE.key()).update();
        if (deleted == 1) { // only the request that deleted a counted answer takes it off the count
            jdbc.sql("update question set answer_count = answer_count - 1 where id = ?").param(answer.questionId())
                    .update();
            feedCopies.refresh(answer.questionId());
        } else { // held or hidden: never counted
            jdbc.sql("update answer set deleted_at = ? where id = ? and deleted_at is null")
                    .params(Timestamp.from(now), answer.id()).update();
        }
    }

    private void recordEdit(String kind, long postId, long editorId, String title, String markdown, String roles,
                            Instant now) {
        jdbc.sql("insert into post_edit (kind, post_id, editor_id, previous_title, previous_markdown, previous_roles, "
                        + "edited_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(kind, postId, editorId, title, markdown, roles, Timestamp.from(now)).update();
    }

    /** One query for the role tags of all the rows, in their tag order. */
    private List<QuestionRow> withRoles(List<QuestionRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> roles = ROLES.read(jdbc, rows.stream().map(QuestionRow::id).toList());
        return rows.stream().map(q -> new QuestionRow(q.id(), q.authorId(), q.anonymous(), q.title(),
                q.bodyMarkdown(), q.bodyHtml(), roles.getOrDefault(q.id(), List.of()), q.createdAt(), q.editedAt(),
                q.answerCount(), q.voteCount(), q.commentCount(), q.viewCount(), q.moderation())).toList();
    }

    private static QuestionRow question(ResultSet rs, boolean bodies) throws SQLException {
        return new QuestionRow(rs.getLong("id"), rs.getLong("author_id"), rs.getBoolean("anonymous"),
                rs.getString("title"), bodies ? rs.getString("body_markdown") : "",
                bodies ? rs.getString("body_html") : "", List.of(), instant(rs, "created_at"),
                instant(rs, "edited_at"), rs.getInt("answer_count"), rs.getInt("vote_count"),
                rs.getInt("comment_count"), rs.getLong("view_count"), ModerationState.of(rs.getString("moderation")));
    }

    private static AnswerRow answer(ResultSet rs) throws SQLException {
        return new AnswerRow(rs.getLong("id"), rs.getLong("question_id"), rs.getLong("author_id"),
                rs.getBoolean("anonymous"), rs.getString("body_markdown"), rs.getString("body_html"),
                instant(rs, "created_at"), instant(rs, "edited_at"), rs.getInt("vote_count"),
                rs.getInt("comment_count"), ModerationState.of(rs.getString("moderation")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
