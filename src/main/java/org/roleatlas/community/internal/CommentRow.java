package org.roleatlas.community.internal;

import java.time.Instant;

/**
 * A stored comment that is not deleted; {@code on} is a {@link PostKind} name or another module's target kind;
 * {@code moderation} is visible, held or hidden.
 */
record CommentRow(long id, String on, long postId, long authorId, boolean anonymous, String bodyMarkdown,
                  String bodyHtml, Instant createdAt, Instant editedAt, String moderation) {
}
