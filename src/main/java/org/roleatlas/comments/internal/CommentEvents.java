package org.roleatlas.comments.internal;

import org.roleatlas.comments.CommentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells other modules (search, through the questions module that indexes comments) that a comment changed. Called
 * inside the write's transaction, so a synchronous listener's writes commit with it (docs/decisions/0015).
 */
@Component
class CommentEvents {

    private final ApplicationEventPublisher events;

    CommentEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void comment(long id) {
        events.publishEvent(new CommentChanged(id));
    }
}
