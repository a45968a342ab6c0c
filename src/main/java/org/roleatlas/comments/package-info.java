/**
 * Comments on questions, answers and other modules' content: the {@code comment} table (and its edits in
 * {@code post_edit}, kind {@code comment}); the comment forms, "Read more comments" ({@code /questions/{id}/comments},
 * {@code /comments/on/{kind}/{id}}), {@code /comments/{id}/edit|delete}, {@code /api/questions/{id}/comments},
 * {@code /api/answers/{id}/comments} and {@code /api/comments/on/{kind}/{id}}.
 *
 * <p>Public API: {@link org.roleatlas.comments.CommentTargets} (other modules' content that takes comments) and
 * {@link org.roleatlas.comments.CommentSections} (its comment section as HTML), so those modules depend on comments
 * and never the reverse; {@link org.roleatlas.comments.QuestionPageComments} with
 * {@link org.roleatlas.comments.CommentThread} and {@link org.roleatlas.comments.CommentRow} for the question page;
 * the events {@link org.roleatlas.comments.CommentChanged} and {@link org.roleatlas.comments.CommentPosted}. A comment's post is found through {@code posts.Posts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package org.roleatlas.comments;
