package org.roleatlas.community.internal;

import java.time.Instant;

/** A stored comment that is not deleted; {@code moderation} is visible, held or hidden. */
record CommentRow(long id, PostKind kind, long postId, long authorId, boolean anonymous, String bodyMarkdown,
                  String bodyHtml, Instant createdAt, Instant editedAt, String moderation) {
}
