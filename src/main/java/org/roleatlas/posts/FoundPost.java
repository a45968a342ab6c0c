package org.roleatlas.posts;

/**
 * A post a viewer may see, as other modules need it.
 *
 * @param questionId the question page a question or an answer is shown on; 0 for a comment (its page depends on
 *                   what it is on)
 * @param title the question's title, or null for answers and comments
 * @param commentCount the visible comments on it (0 for a comment)
 */
public record FoundPost(PostRef post, long questionId, long authorId, String title, int commentCount) {
}
