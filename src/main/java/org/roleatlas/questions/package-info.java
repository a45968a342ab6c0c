/**
 * The peer community: questions, answers, comments, votes, views and polls. Built so far: questions and answers
 * ({@code community.internal}: pages under {@code /questions}, {@code /roles/{slug}/discussions} and
 * {@code /api/questions}; the {@code question}, {@code question_role}, {@code answer} and {@code post_edit} tables),
 * upvotes, comments, moderation ({@code /moderation}, {@code /api/moderation/**}, flags; the {@code flag} and
 * {@code moderation_log} tables; one visibility rule for hidden and held posts in {@code community.internal.Viewer}),
 * and polls on questions ({@code /polls/{id}/votes}, {@code /api/polls/{id}}; the {@code poll},
 * {@code poll_option} and {@code poll_ballot} tables) with their result computation
 * ({@link org.roleatlas.polls.PollResults}): percentages, the breakdown by voters' industry, company size and role
 * family, and the rules that keep individual votes private.
 *
 * <p>Comments are also taken on other modules' content: a module implements
 * {@link org.roleatlas.comments.CommentTargets} and puts {@link org.roleatlas.comments.CommentSections} on its
 * page, so it depends on the community and never the reverse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.roleatlas.questions;
