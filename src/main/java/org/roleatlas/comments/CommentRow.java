package org.roleatlas.comments;

import java.time.Instant;

import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;

/**
 * A stored comment that is not deleted; {@code on} is a {@link PostKind} name or another module's target kind.
 */
public record CommentRow(long id, String on, long postId, long authorId, boolean anonymous, String bodyMarkdown,
                  String bodyHtml, Instant createdAt, Instant editedAt, ModerationState moderation) {
}
