package org.roleatlas.comments;

/**
 * A comment was written, edited, deleted or moderated. Published inside the write's transaction; the module that
 * indexes comments for search listens (synchronously, so its change log row commits with the write).
 */
public record CommentChanged(long commentId) {
}
