package org.roleatlas.comments;

import java.time.Instant;
import java.util.List;

import org.roleatlas.accounts.Signature;
import org.roleatlas.posts.ModerationState;

/**
 * Some comments of one post, oldest first, as pages show them.
 *
 * @param on "question", "answer" or another module's kind ({@link CommentTargets})
 * @param count all the post's comments
 * @param more how many come after the ones shown
 * @param moreUrl the page of the next comments, or null when there are no more
 */
public record CommentThread(String on, long postId, int count, List<Comment> comments, int more, String moreUrl) {

    /** A comment; like a post it carries a signature and never its author's id or username. */
    public record Comment(long id, String html, Signature signature, boolean mine, Instant createdAt,
                          Instant editedAt, ModerationState moderation) {

        public boolean held() {
            return moderation == ModerationState.HELD;
        }

        public boolean hidden() {
            return moderation == ModerationState.HIDDEN;
        }
    }
}
