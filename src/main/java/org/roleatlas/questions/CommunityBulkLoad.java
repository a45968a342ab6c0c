package org.roleatlas.questions;

import java.time.Instant;
import java.util.List;

import org.roleatlas.polls.Ballot;
import org.roleatlas.polls.ResultsVisibility;

/**
 * Writes many questions with their answers, comments, upvotes, polls and view counts at once, for generated sample communities and
 * benchmark data sets. Bypasses the per-post path (rate limits, one transaction per post) but not its rules:
 * every text and poll is checked as a member's would be and rendered by the same Markdown renderer, and the stored counts
 * equal the rows written.
 */
public interface CommunityBulkLoad {

    /** A comment on a question or an answer. */
    record BulkComment(long authorId, boolean anonymous, String markdown, Instant createdAt) {
    }

    /** An answer with the members who upvoted it (never its author, each once) and its comments, oldest first. */
    record BulkAnswer(long authorId, boolean anonymous, String markdown, Instant createdAt, List<Long> voterIds,
                      List<BulkComment> comments) {
    }

    /**
     * A question with its role tags, upvoters, comments, answers, poll (null: none) and view count (any number from
     * 0: views have no rows behind them).
     */
    record BulkQuestion(long authorId, boolean anonymous, String title, String markdown, List<String> roles,
                        Instant createdAt, List<Long> voterIds, List<BulkComment> comments, List<BulkAnswer> answers,
                        BulkPoll poll, long views) {
    }

    /** A poll created with its question; {@code closesAt} null for a poll that never closes. */
    record BulkPoll(List<String> options, ResultsVisibility visibility, Instant closesAt, List<BulkBallot> ballots) {
    }

    /**
     * One member's ballot, with the voter's traits as their profile gives them (as {@code PollService} copies them
     * when a member votes): industry and company size keys, the family of their linked role.
     */
    record BulkBallot(long memberId, Ballot ballot, Instant createdAt) {
    }

    /** Questions that are not deleted. */
    long questionCount();

    /**
     * Inserts the questions and everything under them in one transaction (all or none), with JDBC batches.
     *
     * @return the new questions' ids, in the order given
     * @throws IllegalArgumentException if a text, a role tag or a vote breaks the rules members' posts follow
     */
    List<Long> insert(List<BulkQuestion> questions);
}
