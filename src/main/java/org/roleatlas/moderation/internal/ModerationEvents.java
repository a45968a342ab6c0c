package org.roleatlas.moderation.internal;

import java.util.List;

import org.roleatlas.accounts.Member;
import org.roleatlas.moderation.ModerationDecided;
import org.roleatlas.moderation.PostModerated;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the modules that own posts that a moderator changed a post's state, and notifications what a moderator decided,
 * inside the moderator's transaction.
 */
@Component
record ModerationEvents(ApplicationEventPublisher events) {

    void moderated(PostKind kind, long id) {
        events.publishEvent(new PostModerated(new PostRef(kind, id)));
    }

    /** Who acted on whose post, and whose flags that closed: for the notices to the author and the flaggers. */
    void decided(ModeratedPost post, String action, Member moderator, List<Long> flaggers) {
        events.publishEvent(new ModerationDecided(new PostRef(post.kind(), post.id()), action, moderator.id(),
                post.authorId(), post.url(), flaggers));
    }
}
