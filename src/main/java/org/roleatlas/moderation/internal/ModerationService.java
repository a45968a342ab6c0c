package org.roleatlas.moderation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.errors.BadRequestException;
import org.roleatlas.system.errors.ForbiddenException;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every moderator action, in one place: hide, unhide and approve posts, dismiss flags, suspend and reinstate
 * members. Each checks the moderator authority, changes the post's state and its visible-only counts in one
 * transaction, and records who did what, when and why in the moderation log.
 */
@Service
class ModerationService {

    static final int MAX_REASON = 500;

    private final ModerationRepository repository;
    private final Members members;
    private final ModerationEvents search;
    private final Clock clock;

    ModerationService(ModerationRepository repository, Members members, ModerationEvents search, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.members = members;
        this.search = search;
    }

    /** @throws ForbiddenException unless the member is a moderator */
    static Member moderator(Member member) {
        if (!member.authorities().contains(Authority.MODERATOR)) {
            throw new ForbiddenException("Only moderators can do this.");
        }
        return member;
    }

    /**
     * A moderator's decision on a post's state: hide it (visible or held; its open flags are resolved), show a hidden
     * one again, or approve one held for review. Hiding and unhiding need a reason; approving takes none. The log
     * records the decision by its key.
     */
    enum Decision {
        HIDE(ModerationState.HIDDEN, "is already hidden.", ModerationState.VISIBLE, ModerationState.HELD),
        UNHIDE(ModerationState.VISIBLE, "is not hidden.", ModerationState.HIDDEN),
        APPROVE(ModerationState.VISIBLE, "is not awaiting review.", ModerationState.HELD);

        private final ModerationState to;
        private final String refusal;
        private final List<ModerationState> from;

        Decision(ModerationState to, String refusal, ModerationState... from) {
            this.to = to;
            this.refusal = refusal;
            this.from = List.of(from);
        }

        /** The state the post is in after the decision. */
        ModerationState to() {
            return to;
        }

        /** As in URLs and the moderation log: hide, unhide or approve. */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Decision of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    /** Carries out the decision, keeping the post's visible-only counts true: they count visible posts alone. */
    @Transactional
    ModeratedPost decide(Member moderator, Decision decision, PostKind kind, long id, String reason) {
        moderator(moderator); // a non-moderator hears 403 whatever they sent
        String why = decision == Decision.APPROVE ? null : reason(reason, true);
        ModeratedPost post = post(moderator, kind, id);
        ModerationState was = decision.from.stream()
                .filter(state -> repository.changeState(post, state, decision.to)).findFirst()
                .orElseThrow(() -> new BadRequestException(label(post) + " " + decision.refusal));
        int counted = (decision.to == ModerationState.VISIBLE ? 1 : 0) - (was == ModerationState.VISIBLE ? 1 : 0);
        List<Long> flaggers = List.of();
        if (counted != 0) {
            repository.addToCount(post, counted);
        }
        if (decision == Decision.HIDE) {
            flaggers = repository.openFlaggers(kind, id);
            repository.resolveFlags(kind, id, clock.instant());
        }
        repository.log(moderator.id(), decision.key(), post, null, why, clock.instant());
        search.moderated(kind, id);
        search.decided(post, decision.key(), moderator, flaggers);
        return post;
    }

    /** Closes a post's open flags and leaves the post as it is. */
    @Transactional
    ModeratedPost dismiss(Member moderator, PostKind kind, long id, String reason) {
        moderator(moderator); // a non-moderator hears 403 whatever they sent
        String why = reason(reason, false);
        ModeratedPost post = post(moderator, kind, id);
        List<Long> flaggers = repository.openFlaggers(kind, id);
        if (repository.resolveFlags(kind, id, clock.instant()) == 0) {
            throw new BadRequestException(label(post) + " has no open flags.");
        }
        repository.log(moderator.id(), "dismiss", post, null, why, clock.instant());
        search.decided(post, "dismiss", moderator, flaggers);
        return post;
    }

    /** Suspends ({@code suspended}) or reinstates a member by username; a moderator cannot suspend themselves. */
    @Transactional
    void suspend(Member moderator, String username, boolean suspended, String reason) {
        moderator(moderator);
        String why = reason(reason, true);
        Member member = members.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("There is no member '" + username + "'."));
        if (member.id() == moderator.id()) {
            throw new ForbiddenException("You cannot suspend yourself.");
        }
        if (!members.setSuspended(member.id(), suspended)) {
            throw new BadRequestException("Member '" + member.username() + "' is already "
                    + (suspended ? "suspended." : "active."));
        }
        repository.log(moderator.id(), suspended ? "suspend" : "unsuspend", null, member.id(), why, clock.instant());
    }

    private ModeratedPost post(Member moderator, PostKind kind, long id) {
        return repository.post(kind, id, Viewer.of(moderator(moderator)))
                .orElseThrow(() -> new NotFoundException("There is no " + kind.table() + " " + id + "."));
    }

    /** A moderator says why; the reason is plain text, shown escaped in the log. */
    private static String reason(String reason, boolean required) {
        String cleaned = reason == null ? "" : reason.strip();
        if ((required && cleaned.isEmpty()) || cleaned.length() > MAX_REASON) {
            throw new InvalidFieldsException("reason",
                    "Reason: " + (required ? "1" : "0") + " to " + MAX_REASON + " characters.");
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String label(ModeratedPost post) {
        String kind = post.kind().table();
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " " + post.id();
    }
}
