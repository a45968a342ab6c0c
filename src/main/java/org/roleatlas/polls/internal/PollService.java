package org.roleatlas.polls.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.roleatlas.accounts.CompanySize;
import org.roleatlas.accounts.Industry;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.roleatlas.polls.Ballot;
import org.roleatlas.polls.PollResults;
import org.roleatlas.polls.Results;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.errors.BadRequestException;
import org.roleatlas.system.errors.ConflictException;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.system.errors.NotFoundException;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voting in polls and reading their results, for pages and the API. One ballot per member per poll, decided by
 * the ballot's primary key however many requests race; a ballot keeps the voter's industry, company size and role
 * family as they were when it was cast (docs/decisions/0010-polls.md).
 */
@Service
class PollService {

    /**
     * A poll as one viewer may see it.
     *
     * @param viewerChoice the option the viewer chose, or null when they have not voted (or nobody is signed in)
     */
    record Outcome(PollRow poll, Results results, Integer viewerChoice, boolean closed) {
    }

    private final PollRepository repository;
    private final Catalog catalog;
    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final Members members;

    PollService(PollRepository repository, Catalog catalog, RateLimiter rateLimiter, Clock clock, Members members) {
        this.members = members;
        this.repository = repository;
        this.catalog = catalog;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    /**
     * @return the poll voted in
     * @throws NotFoundException   for an unknown poll or one whose question was deleted
     * @throws ConflictException   when the poll has closed or the member has voted in it already
     * @throws BadRequestException when {@code option} is missing or not one of the poll's
     */
    @Transactional
    PollRow vote(Member voter, long pollId, Integer option) {
        PollRow poll = poll(pollId, Viewer.of(voter));
        Instant now = clock.instant();
        if (poll.closedAt(now)) {
            throw new ConflictException("Poll " + pollId + " closed at " + poll.closesAt() + "; it takes no more votes.");
        }
        if (option == null || option < 0 || option >= poll.options().size()) {
            throw new InvalidFieldsException("option", "option: choose one of the poll's options by its index, 0 to "
                    + (poll.options().size() - 1) + (option == null ? "" : "; got " + option) + ".");
        }
        rateLimiter.tryAcquire("vote", Long.toString(voter.id())).orThrow("voting");
        try {
            repository.insertBallot(pollId, voter.id(), ballot(voter, option, poll.createdAt()), now);
        } catch (DuplicateKeyException alreadyVoted) {
            throw new ConflictException("You have already voted in poll " + pollId + "; a vote cannot be changed.");
        }
        return poll;
    }

    /** @param viewer who reads; nobody signed in has voted */
    Outcome outcome(long pollId, Viewer viewer) {
        return outcome(poll(pollId, viewer), viewer.memberId());
    }

    Optional<PollRow> ofQuestion(long questionId, Viewer viewer) {
        return repository.pollOfQuestion(questionId, viewer);
    }

    Outcome outcome(PollRow poll, Long viewerId) {
        Integer choice = viewerId == null ? null : repository.choice(poll.id(), viewerId).orElse(null);
        boolean closed = poll.closedAt(clock.instant());
        int counted = PollResults.counted(poll.ballotCount(), closed);
        Results results = PollResults.compute(poll.options(), repository.ballots(poll.id(), counted),
                poll.ballotCount() - counted, poll.visibility(), choice != null, closed);
        return new Outcome(poll, results, choice, closed);
    }

    boolean closed(PollRow poll) {
        return poll.closedAt(clock.instant());
    }

    private PollRow poll(long id, Viewer viewer) {
        return repository.poll(id, viewer).orElseThrow(() -> new NotFoundException("There is no poll " + id + "."));
    }

    /**
     * The voter's traits by their stable keys; a trait the member has not given stays null. A member who joined, or
     * changed a trait, after the poll opened is counted in its total but in no group: nobody can pad a small group
     * by creating accounts or moving existing ones into it once a poll is open.
     */
    private Ballot ballot(Member voter, int option, Instant pollOpened) {
        if (members.traitsSettledAt(voter).isAfter(pollOpened)) {
            return new Ballot(option, null, null, null);
        }
        String family = voter.roleSlug() == null ? null
                : catalog.snapshot().role(voter.roleSlug()).map(Role::familyKey).orElse(null);
        return new Ballot(option, voter.industry() == null ? null : voter.industry().key(),
                voter.companySize() == null ? null : voter.companySize().key(), family);
    }

    /** Group labels for the breakdown: stored keys shown as people read them; an unknown key as itself. */
    String industryLabel(String key) {
        return Industry.parse(key).map(Industry::label).orElse(key);
    }

    String companySizeLabel(String key) {
        return CompanySize.parse(key).map(CompanySize::label).orElse(key);
    }

    String roleFamilyLabel(String key) {
        return catalog.snapshot().familyLabel(key);
    }
}
