package org.roleatlas.comments.internal;

import org.roleatlas.comments.CommentThread;

/**
 * The comments page ("Read more comments"): the next comments of one post. Public only because the precompiled
 * templates live in another package.
 *
 * @param title the question's title, or null for another module's content
 * @param postUrl where the post is shown on its page
 * @param backUrl the page itself
 */
public record CommentPage(String title, String postUrl, String backUrl, CommentThread thread) {
}
