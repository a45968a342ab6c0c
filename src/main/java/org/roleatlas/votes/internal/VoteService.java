package org.roleatlas.votes.internal;

import java.time.Clock;

import org.roleatlas.accounts.Member;
import org.roleatlas.posts.FoundPost;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Posts;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.errors.ForbiddenException;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.roleatlas.votes.UpvotesCounted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upvotes and taking them back, for web pages and the API. Both are idempotent, and the post's vote count stays
 * equal to its vote rows under any concurrency: the vote's primary key decides which request wins, and only a
 * request whose insert or delete changed a row changes the count, in the same transaction.
 */
@Service
class VoteService {

    /** The state after a vote write; {@code questionId} is where the post is shown. */
    record Tally(long questionId, int votes, boolean voted) {
    }

    private final Posts posts;
    private final VoteRepository repository;
    private final RateLimiter rateLimiter;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VoteService(Posts posts, VoteRepository repository, RateLimiter rateLimiter,
                PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.posts = posts;
        this.repository = repository;
        this.rateLimiter = rateLimiter;
        // A savepoint around the insert: PostgreSQL aborts the whole transaction on a duplicate key otherwise.
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Transactional
    Tally upvote(Member voter, PostKind kind, long postId) {
        long questionId = votable(voter, kind, postId);
        limit(voter);
        if (insertOnce(kind, postId, voter.id())) {
            counted(kind, postId, 1);
        }
        return new Tally(questionId, repository.voteCount(kind, postId), true);
    }

    @Transactional
    Tally withdraw(Member voter, PostKind kind, long postId) {
        long questionId = votable(voter, kind, postId);
        limit(voter);
        if (repository.deleteVote(kind, postId, voter.id())) {
            counted(kind, postId, -1);
        }
        return new Tally(questionId, repository.voteCount(kind, postId), false);
    }

    private void counted(PostKind kind, long postId, int delta) {
        repository.addToVoteCount(kind, postId, delta);
        events.publishEvent(new UpvotesCounted(new PostRef(kind, postId)));
    }

    /** @return false when the member had already voted (now or in a request racing this one) */
    private boolean insertOnce(PostKind kind, long postId, long memberId) {
        try {
            savepoint.executeWithoutResult(s -> repository.insertVote(kind, postId, memberId, clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyVoted) {
            return false; // rolled back to the savepoint; the outer transaction goes on and leaves the count
        }
    }

    /**
     * @return the id of the question the post is shown on
     * @throws org.roleatlas.system.errors.NotFoundException for an unknown or deleted post
     * @throws ForbiddenException for the voter's own post
     */
    private long votable(Member voter, PostKind kind, long postId) {
        FoundPost post = posts.find(new PostRef(kind, postId), Viewer.of(voter));
        if (post.authorId() == voter.id()) {
            throw new ForbiddenException("You cannot vote on your own " + kind.table() + ".");
        }
        return post.questionId();
    }

    private void limit(Member voter) {
        rateLimiter.tryAcquire("vote", Long.toString(voter.id())).orThrow("voting");
    }
}
