package org.roleatlas.votes.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.votes.MemberVotes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of upvotes: the {@code vote} table and the {@code vote_count} it keeps on questions and answers. */
@Repository
class VoteRepository implements MemberVotes {

    private final JdbcClient jdbc;

    VoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @Override
    public Set<PostRef> onQuestionPage(long memberId, long questionId) {
        Set<PostRef> votes = new HashSet<>();
        jdbc.sql("select post_kind, post_id from vote where member_id = ? and ((post_kind = 'question' and post_id = ?) "
                        + "or (post_kind = 'answer' and post_id in (select id from answer where question_id = ?)))")
                .params(memberId, questionId, questionId)
                .query(rs -> {
                    votes.add(new PostRef(PostKind.commented(rs.getString(1)), rs.getLong(2)));
                });
        return votes;
    }
}
