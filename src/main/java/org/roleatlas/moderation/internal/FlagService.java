package org.roleatlas.moderation.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Posts;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.errors.ForbiddenException;
import org.roleatlas.system.errors.NotFoundException;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Members flag questions, answers and comments for moderators: a reason from a fixed list and an optional note, once
 * per member per post, never their own post, within the {@code flag} rate limit.
 */
@Service
record FlagService(ModerationRepository repository, Posts posts, RateLimiter rateLimiter, Clock clock) {

    static final int MAX_NOTE = 500;

    /** @param created false when the member had already flagged the post (nothing changed) */
    record Flagged(ModeratedPost post, boolean created) {
    }

    /**
     * Not transactional on purpose: the insert is the only write, and on PostgreSQL a duplicate key inside a
     * transaction would abort it; alone, the losing insert simply fails and the member's first flag stands.
     *
     * @throws NotFoundException for a post the member cannot see
     * @throws ForbiddenException for the member's own post
     * @throws InvalidFieldsException for a reason not on the list or a note that is too long
     */
    Flagged flag(Member member, PostKind kind, long postId, String reasonKey, String note) {
        Viewer viewer = Viewer.of(member);
        ModeratedPost post = visible(kind, postId, viewer);
        if (post.authorId() == member.id()) {
            throw new ForbiddenException("You cannot flag your own " + kind.table() + ".");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<FlagReason> reason = FlagReason.parse(reasonKey);
        if (reason.isEmpty()) {
            errors.put("reason", "Reason: one of spam, abusive, off-topic or other");
        }
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (cleaned != null && cleaned.length() > MAX_NOTE) {
            errors.put("note", "Note: at most " + MAX_NOTE + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        rateLimiter.tryAcquire("flag", Long.toString(member.id())).orThrow("flagging");
        try {
            repository.insertFlag(kind, postId, member.id(), reason.get(), cleaned, clock.instant());
            return new Flagged(post, true);
        } catch (DuplicateKeyException alreadyFlagged) {
            return new Flagged(post, false);
        }
    }

    /** The post and what it is on (its answer, its question, another module's page) must all be visible. */
    private ModeratedPost visible(PostKind kind, long postId, Viewer viewer) {
        ModeratedPost post = repository.post(kind, postId, viewer)
                .orElseThrow(() -> new NotFoundException("There is no " + kind.table() + " " + postId + "."));
        posts.find(new PostRef(kind, postId), viewer); // and what it is on, on whichever page that is
        return post;
    }
}
