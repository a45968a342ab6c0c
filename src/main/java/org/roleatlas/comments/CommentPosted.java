package org.roleatlas.comments;

/**
 * A member commented on a question, an answer or other content. Published inside the commenting transaction, after
 * {@link CommentChanged}.
 *
 * @param page         the page the comment shows on, e.g. {@code /questions/12}
 * @param on           what it is on: question, answer, or another module's kind (article)
 * @param postAuthorId the author of the question or answer it is on; 0 for other modules' content
 * @param postTitle    the question's title when it is on a question, else null
 * @param held         whether the comment waits for a moderator's review
 */
public record CommentPosted(long commentId, String page, String on, long postAuthorId, String postTitle,
                            long authorId, boolean anonymous, String body, boolean held) {
}
