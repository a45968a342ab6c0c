package org.roleatlas.questions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;

/**
 * All SQL of questions, answers, their edits and votes. Reads return only what their {@link Viewer} may see
 * (never deleted rows); {@code answer_count} counts visible answers only.
 */
@Repository
class QuestionRepository {

    private static final String LIST_COLUMNS = "q.id, q.author_id, q.anonymous, q.title, q.created_at, q.edited_at, "
            + "q.answer_count, q.vote_count, q.comment_count, q.view_count, q.moderation";

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param moderation visible, or held when the author's first posts wait for review */
    long insertQuestion(long authorId, boolean anonymous, String title, String markdown, String html,
                        List<String> roles, String moderation, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into question (author_id, anonymous, title, body_markdown, body_html, created_at, moderation) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(authorId, anonymous, title, markdown, html, Timestamp.from(now), moderation)
                .update(key, "id");
        long id = key.getKey().longValue();
        insertRoles(id, roles);
        return id;
    }

    /** @param moderation visible, or held: a held answer is counted only when a moderator approves it */
    long insertAnswer(long questionId, long authorId, boolean anonymous, String markdown, String html,
                      String moderation, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into answer (question_id, author_id, anonymous, body_markdown, body_html, created_at, "
                        + "moderation) values (?, ?, ?, ?, ?, ?, ?)")
                .params(questionId, authorId, anonymous, markdown, html, Timestamp.from(now), moderation)
                .update(key, "id");
        if ("visible".equals(moderation)) {
            // In the same transaction as the insert, and an atomic increment, so concurrent answers all count.
            jdbc.sql("update question set answer_count = answer_count + 1 where id = ?").param(questionId).update();
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
            jdbc.sql("delete from question_role where question_id = ?").param(before.id()).update();
            insertRoles(before.id(), roles);
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
    }

    void deleteAnswer(AnswerRow answer, Instant now) {
        int deleted = jdbc.sql("update answer set deleted_at = ? where id = ? and deleted_at is null "
                        + "and moderation = 'visible'")
                .params(Timestamp.from(now), answer.id()).update();
        if (deleted == 1) { // only the request that deleted a counted answer takes it off the count
            jdbc.sql("update question set answer_count = answer_count - 1 where id = ?").param(answer.questionId())
                    .update();
        } else { // held or hidden: never counted
            jdbc.sql("update answer set deleted_at = ? where id = ? and deleted_at is null")
                    .params(Timestamp.from(now), answer.id()).update();
        }
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the member has already voted on the post */
    void insertVote(PostKind kind, long postId, long memberId, Instant now) {
        jdbc.sql("insert into vote (post_kind, post_id, member_id, created_at) values (?, ?, ?, ?)")
                .params(kind.table(), postId, memberId, Timestamp.from(now)).update();
    }

    /** @return whether there was a vote to delete: only the request that deleted it may change the count */
    boolean deleteVote(PostKind kind, long postId, long memberId) {
        return jdbc.sql("delete from vote where post_kind = ? and post_id = ? and member_id = ?")
                .params(kind.table(), postId, memberId).update() == 1;
    }

    /** An atomic increment in the caller's transaction: the row lock serialises concurrent voters, none is lost. */
    void addToVoteCount(PostKind kind, long postId, int delta) {
        jdbc.sql("update " + kind.table() + " set vote_count = vote_count + ? where id = ?").params(delta, postId)
                .update();
    }

    int voteCount(PostKind kind, long postId) {
        return jdbc.sql("select vote_count from " + kind.table() + " where id = ?").param(postId).query(Integer.class)
                .single();
    }

    /** The posts of one question page (the question and its answers) the member has voted on. */
    Set<Vote> votesOnQuestionPage(long memberId, long questionId) {
        Set<Vote> votes = new HashSet<>();
        jdbc.sql("select post_kind, post_id from vote where member_id = ? and ((post_kind = 'question' and post_id = ?) "
                        + "or (post_kind = 'answer' and post_id in (select id from answer where question_id = ?)))")
                .params(memberId, questionId, questionId)
                .query(rs -> {
                    votes.add(new Vote(PostKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                            rs.getLong(2)));
                });
        return votes;
    }

    /** A post, by kind and id. */
    record Vote(PostKind kind, long postId) {
    }

    private void recordEdit(String kind, long postId, long editorId, String title, String markdown, String roles,
                            Instant now) {
        jdbc.sql("insert into post_edit (kind, post_id, editor_id, previous_title, previous_markdown, previous_roles, "
                        + "edited_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(kind, postId, editorId, title, markdown, roles, Timestamp.from(now)).update();
    }

    private void insertRoles(long questionId, List<String> roles) {
        for (int i = 0; i < roles.size(); i++) {
            jdbc.sql("insert into question_role (question_id, role_slug, position) values (?, ?, ?)")
                    .params(questionId, roles.get(i), i).update();
        }
    }

    /** One query for the role tags of all the rows, in their tag order. */
    private List<QuestionRow> withRoles(List<QuestionRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Collection<Long> ids = rows.stream().map(QuestionRow::id).toList();
        Map<Long, List<String>> roles = new HashMap<>();
        jdbc.sql("select question_id, role_slug from question_role where question_id in (:ids) "
                        + "order by question_id, position")
                .param("ids", ids)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return rows.stream().map(q -> new QuestionRow(q.id(), q.authorId(), q.anonymous(), q.title(),
                q.bodyMarkdown(), q.bodyHtml(), roles.getOrDefault(q.id(), List.of()), q.createdAt(), q.editedAt(),
                q.answerCount(), q.voteCount(), q.commentCount(), q.viewCount(), q.moderation())).toList();
    }

    private static QuestionRow question(ResultSet rs, boolean bodies) throws SQLException {
        return new QuestionRow(rs.getLong("id"), rs.getLong("author_id"), rs.getBoolean("anonymous"),
                rs.getString("title"), bodies ? rs.getString("body_markdown") : "",
                bodies ? rs.getString("body_html") : "", List.of(), instant(rs, "created_at"),
                instant(rs, "edited_at"), rs.getInt("answer_count"), rs.getInt("vote_count"),
                rs.getInt("comment_count"), rs.getLong("view_count"), rs.getString("moderation"));
    }

    private static AnswerRow answer(ResultSet rs) throws SQLException {
        return new AnswerRow(rs.getLong("id"), rs.getLong("question_id"), rs.getLong("author_id"),
                rs.getBoolean("anonymous"), rs.getString("body_markdown"), rs.getString("body_html"),
                instant(rs, "created_at"), instant(rs, "edited_at"), rs.getInt("vote_count"),
                rs.getInt("comment_count"), rs.getString("moderation"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
