package org.roleatlas.polls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.roleatlas.polls.Ballot;
import org.roleatlas.polls.NewPoll;
import org.roleatlas.polls.ResultsVisibility;
import org.roleatlas.posts.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * All SQL of polls, options and ballots. A poll is returned only with a question its viewer may see ({@link Viewer}):
 * never of a deleted question, nor of a hidden or held one for anybody but its author and moderators.
 */
@Repository
class PollRepository {

    private static final String POLL = "select p.id, p.question_id, p.results_visibility, p.closes_at, p.ballot_count, "
            + "p.created_at "
            + "from poll p join question q on q.id = p.question_id where ";

    private final JdbcClient jdbc;

    PollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long questionId, NewPoll poll, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into poll (question_id, results_visibility, closes_at, created_at) values (?, ?, ?, ?)")
                .params(questionId, poll.visibility().column(),
                        poll.closesAt() == null ? null : Timestamp.from(poll.closesAt()), Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < poll.options().size(); i++) {
            jdbc.sql("insert into poll_option (poll_id, position, label) values (?, ?, ?)")
                    .params(id, i, poll.options().get(i)).update();
        }
        return id;
    }

    Optional<PollRow> poll(long id, Viewer viewer) {
        return withOptions(jdbc.sql(POLL + viewer.sees("q") + " and p.id = ?").param(id).query(this::row).optional());
    }

    Optional<PollRow> pollOfQuestion(long questionId, Viewer viewer) {
        return withOptions(jdbc.sql(POLL + viewer.sees("q") + " and p.question_id = ?").param(questionId)
                .query(this::row).optional());
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the member has a ballot in the poll already */
    void insertBallot(long pollId, long memberId, Ballot ballot, Instant now) {
        // First, in the same transaction as the insert: the row lock orders concurrent ballots, so each gets the next
        // number in cast order; a refused ballot (already voted) rolls its number back with it.
        jdbc.sql("update poll set ballot_count = ballot_count + 1 where id = ?").param(pollId).update();
        int seq = jdbc.sql("select ballot_count from poll where id = ?").param(pollId).query(Integer.class).single();
        jdbc.sql("insert into poll_ballot (poll_id, member_id, option_index, industry, company_size, role_family, "
                        + "created_at, seq) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(pollId, memberId, ballot.option(), ballot.industry(), ballot.companySize(), ballot.roleFamily(),
                        Timestamp.from(now), seq)
                .update();
    }

    /**
     * The first {@code counted} ballots in cast order as the results need them (option and traits; no member). Counted per distinct combination in the
     * database, so a poll with thousands of ballots sends a few dozen rows.
     */
    List<Ballot> ballots(long pollId, int counted) {
        List<Ballot> ballots = new ArrayList<>();
        jdbc.sql("select option_index, industry, company_size, role_family, count(*) as n from poll_ballot "
                        + "where poll_id = ? and seq <= ? group by option_index, industry, company_size, role_family")
                .params(pollId, counted)
                .query(rs -> {
                    Ballot ballot = new Ballot(rs.getInt("option_index"), rs.getString("industry"),
                            rs.getString("company_size"), rs.getString("role_family"));
                    ballots.addAll(Collections.nCopies(rs.getInt("n"), ballot));
                });
        return ballots;
    }

    /** @return the option the member chose, if they voted */
    Optional<Integer> choice(long pollId, long memberId) {
        return jdbc.sql("select option_index from poll_ballot where poll_id = ? and member_id = ?")
                .params(pollId, memberId).query(Integer.class).optional();
    }

    private Optional<PollRow> withOptions(Optional<PollRow> poll) {
        return poll.map(p -> new PollRow(p.id(), p.questionId(), p.visibility(), p.closesAt(), p.ballotCount(),
                p.createdAt(),
                jdbc.sql("select label from poll_option where poll_id = ? order by position")
                        .param(p.id()).query(String.class).list()));
    }

    private PollRow row(ResultSet rs, int n) throws SQLException {
        Timestamp closesAt = rs.getTimestamp("closes_at");
        return new PollRow(rs.getLong("id"), rs.getLong("question_id"),
                ResultsVisibility.parse(rs.getString("results_visibility")),
                closesAt == null ? null : closesAt.toInstant(), rs.getInt("ballot_count"),
                rs.getTimestamp("created_at").toInstant(), List.of());
    }
}
