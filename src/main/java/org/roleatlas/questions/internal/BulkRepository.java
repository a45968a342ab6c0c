package org.roleatlas.questions.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.roleatlas.polls.Ballot;
import org.roleatlas.polls.NewPoll;
import org.roleatlas.posts.PostKind;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of bulk loads: one JDBC batch per table and call, in the caller's transaction. Counts are written with
 * the rows, so they equal what {@link QuestionRepository} and the comments and votes modules would have counted.
 */
@Repository
class BulkRepository {

    /** Binds one row's values to the statement's parameters. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /** A question ready to write: rendered, counted. */
    record QuestionInsert(long authorId, boolean anonymous, String title, String markdown, String html,
                          Instant createdAt, int answers, int votes, int comments, long views) {
    }

    record AnswerInsert(long questionId, long authorId, boolean anonymous, String markdown, String html,
                        Instant createdAt, int votes, int comments) {
    }

    record CommentInsert(PostKind kind, long postId, long authorId, boolean anonymous, String markdown, String html,
                         Instant createdAt) {
    }

    /** A role tag with the copies the role feeds sort by (V23); bulk-loaded questions are all listed. */
    record RoleTag(long questionId, String roleSlug, int position, long views, int votes, int answers) {
    }

    record VoteInsert(PostKind kind, long postId, long memberId, Instant createdAt) {
    }

    record PollInsert(long questionId, NewPoll poll, Instant createdAt, int ballots) {
    }

    record OptionInsert(long pollId, int position, String label) {
    }

    record BallotInsert(long pollId, long memberId, Ballot ballot, Instant createdAt, int seq) {
    }

    private final JdbcTemplate jdbc;

    BulkRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> insertQuestions(List<QuestionInsert> rows) {
        return insertReturningIds("insert into question (author_id, anonymous, title, body_markdown, body_html, "
                + "created_at, answer_count, vote_count, comment_count, view_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                (ps, q) -> {
                    ps.setLong(1, q.authorId());
                    ps.setBoolean(2, q.anonymous());
                    ps.setString(3, q.title());
                    ps.setString(4, q.markdown());
                    ps.setString(5, q.html());
                    ps.setTimestamp(6, Timestamp.from(q.createdAt()));
                    ps.setInt(7, q.answers());
                    ps.setInt(8, q.votes());
                    ps.setInt(9, q.comments());
                    ps.setLong(10, q.views());
                });
    }

    void insertRoleTags(List<RoleTag> rows) {
        insert("insert into question_role (question_id, role_slug, position, listed, view_count, vote_count, "
                + "answer_count) values (?, ?, ?, true, ?, ?, ?)", rows, (ps, r) -> {
                    ps.setLong(1, r.questionId());
                    ps.setString(2, r.roleSlug());
                    ps.setInt(3, r.position());
                    ps.setLong(4, r.views());
                    ps.setInt(5, r.votes());
                    ps.setInt(6, r.answers());
                });
    }

    List<Long> insertAnswers(List<AnswerInsert> rows) {
        return insertReturningIds("insert into answer (question_id, author_id, anonymous, body_markdown, body_html, "
                + "created_at, vote_count, comment_count) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, (ps, a) -> {
                    ps.setLong(1, a.questionId());
                    ps.setLong(2, a.authorId());
                    ps.setBoolean(3, a.anonymous());
                    ps.setString(4, a.markdown());
                    ps.setString(5, a.html());
                    ps.setTimestamp(6, Timestamp.from(a.createdAt()));
                    ps.setInt(7, a.votes());
                    ps.setInt(8, a.comments());
                });
    }

    List<Long> insertComments(List<CommentInsert> rows) {
        return insertReturningIds("insert into comment (post_kind, post_id, author_id, anonymous, body_markdown, body_html, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows, (ps, c) -> {
                    ps.setString(1, c.kind().table());
                    ps.setLong(2, c.postId());
                    ps.setLong(3, c.authorId());
                    ps.setBoolean(4, c.anonymous());
                    ps.setString(5, c.markdown());
                    ps.setString(6, c.html());
                    ps.setTimestamp(7, Timestamp.from(c.createdAt()));
                });
    }

    void insertVotes(List<VoteInsert> rows) {
        insert("insert into vote (post_kind, post_id, member_id, created_at) values (?, ?, ?, ?)", rows, (ps, v) -> {
            ps.setString(1, v.kind().table());
            ps.setLong(2, v.postId());
            ps.setLong(3, v.memberId());
            ps.setTimestamp(4, Timestamp.from(v.createdAt()));
        });
    }

    List<Long> insertPolls(List<PollInsert> rows) {
        return insertReturningIds("insert into poll (question_id, results_visibility, closes_at, created_at, "
                + "ballot_count) values (?, ?, ?, ?, ?)", rows, (ps, p) -> {
                    ps.setLong(1, p.questionId());
                    ps.setString(2, p.poll().visibility().column());
                    ps.setTimestamp(3, p.poll().closesAt() == null ? null : Timestamp.from(p.poll().closesAt()));
                    ps.setTimestamp(4, Timestamp.from(p.createdAt()));
                    ps.setInt(5, p.ballots());
                });
    }

    void insertPollOptions(List<OptionInsert> rows) {
        insert("insert into poll_option (poll_id, position, label) values (?, ?, ?)", rows, (ps, o) -> {
            ps.setLong(1, o.pollId());
            ps.setInt(2, o.position());
            ps.setString(3, o.label());
        });
    }

    void insertBallots(List<BallotInsert> rows) {
        insert("insert into poll_ballot (poll_id, member_id, option_index, industry, company_size, role_family, "
                + "created_at, seq) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, (ps, b) -> {
                    ps.setLong(1, b.pollId());
                    ps.setLong(2, b.memberId());
                    ps.setInt(3, b.ballot().option());
                    ps.setString(4, b.ballot().industry());
                    ps.setString(5, b.ballot().companySize());
                    ps.setString(6, b.ballot().roleFamily());
                    ps.setTimestamp(7, Timestamp.from(b.createdAt()));
                    ps.setInt(8, b.seq());
                });
    }

    long questionCount() {
        Long count = jdbc.queryForObject("select count(*) from question where deleted_at is null", Long.class);
        return count == null ? 0 : count;
    }

    private <T> void insert(String sql, List<T> rows, Binder<T> binder) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, setter(rows, binder));
        }
    }

    /** Generated ids come back in the order of the rows (both H2 and PostgreSQL return them per batch entry). */
    private <T> List<Long> insertReturningIds(String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return List.of();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(sql, new String[] {"id"}), setter(rows, binder),
                keys);
        List<Long> ids = new ArrayList<>(rows.size());
        keys.getKeyList().forEach(row -> ids.add(((Number) row.values().iterator().next()).longValue()));
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("expected " + rows.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }

    private static <T> BatchPreparedStatementSetter setter(List<T> rows, Binder<T> binder) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                binder.bind(ps, rows.get(i));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
    }
}
