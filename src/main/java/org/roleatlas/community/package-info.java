/**
 * The peer community: questions, answers, comments, votes, views and polls. Built so far: questions and answers
 * ({@code community.internal}: pages under {@code /questions}, {@code /roles/{slug}/discussions} and
 * {@code /api/questions}; the {@code question}, {@code question_role}, {@code answer} and {@code post_edit} tables),
 * moderation ({@code /moderation}, {@code /api/moderation/**}, flags; the {@code flag} and {@code moderation_log}
 * tables; one visibility rule for hidden and held posts in {@code community.internal.Viewer}) and
 * poll result computation ({@link org.roleatlas.community.PollResults}): percentages, the breakdown by voters'
 * industry, company size and role family, and the rules that keep individual votes private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.roleatlas.community;
