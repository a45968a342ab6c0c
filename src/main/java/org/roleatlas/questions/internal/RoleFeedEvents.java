package org.roleatlas.questions.internal;

import org.roleatlas.moderation.PostModerated;
import org.roleatlas.posts.PostKind;
import org.roleatlas.views.ViewsAdded;
import org.roleatlas.votes.UpvotesCounted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Other modules' writes that change what the role feeds sort or filter by (votes, views, moderators' actions), handled
 * in the publisher's transaction so the copies on {@code question_role} commit with the change (V23).
 */
@Component
record RoleFeedEvents(RoleFeedCopies copies, JdbcClient jdbc) {

    @EventListener
    void upvotes(UpvotesCounted event) {
        if (event.post().kind() == PostKind.QUESTION) {
            copies.refresh(event.post().id());
        }
    }

    @EventListener
    void views(ViewsAdded event) {
        copies.refresh(event.questionIds());
    }

    /** A question's visibility, or through an answer's visibility its answer count. */
    @EventListener
    void moderated(PostModerated event) {
        long id = event.post().id();
        switch (event.post().kind()) {
            case QUESTION -> copies.refresh(id);
            case ANSWER -> jdbc.sql("select question_id from answer where id = ?").param(id).query(Long.class)
                    .optional().ifPresent(copies::refresh);
            default -> { } // comments are counted on their post, which no feed sorts by
        }
    }
}
