package org.roleatlas.moderation.internal;

import org.roleatlas.moderation.PostModerated;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the modules that own posts that a moderator changed a post's state, inside the moderator's transaction. */
@Component
class ModerationEvents {

    private final ApplicationEventPublisher events;

    ModerationEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void moderated(PostKind kind, long id) {
        events.publishEvent(new PostModerated(new PostRef(kind, id)));
    }
}
