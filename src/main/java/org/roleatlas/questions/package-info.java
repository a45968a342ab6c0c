/**
 * Questions and answers: the {@code question}, {@code question_role}, {@code answer} and {@code post_edit} tables;
 * the pages under {@code /questions/**} and {@code /answers/**} (asking, answering, editing, deleting), the question
 * feeds ({@code ?sort=newest|views|votes|unanswered}), role discussions ({@code /roles/{slug}/discussions}),
 * {@code /api/questions/**}; the question page, which puts together the comments, the poll, the viewer's upvotes and
 * the view count from their modules; the store of pages for readers who are not signed in; questions, answers and
 * comments as search sources; the bulk load of a whole community; the revision history behind "edited"
 * ({@code /questions/{id}/history}, {@code /answers/{id}/history}) with word-level diffs.
 *
 * <p>Public API: {@link org.roleatlas.questions.QuestionFeed} (the newest and most viewed questions, as records, for
 * the home page), {@link org.roleatlas.questions.AuthoredPosts} (a member's posts, for member pages) and
 * {@link org.roleatlas.questions.CommunityBulkLoad} (questions with everything under them in
 * batches, for samples and benchmark data), and the events {@link org.roleatlas.questions.QuestionPosted} and
 * {@link org.roleatlas.questions.AnswerPosted}, published inside the write's transaction. It implements {@code posts.PostFinder} for questions and answers, and
 * listens to {@code comments.CommentChanged} and {@code moderation.PostModerated} to keep search in step.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Questions")
package org.roleatlas.questions;
