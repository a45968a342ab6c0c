/**
 * Upvotes on questions and answers: the {@code vote} table and the {@code vote_count} it keeps on its post; the
 * Upvote and Remove upvote forms ({@code /questions/{id}/upvote}, {@code /answers/{id}/upvote}, and {@code /delete})
 * and {@code PUT}/{@code DELETE /api/questions/{id}/votes} and {@code /api/answers/{id}/votes}. A vote's post is found
 * through {@code posts.Posts}. Public API: {@link org.roleatlas.votes.MemberVotes} (what a member has upvoted on a
 * question page).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Votes")
package org.roleatlas.votes;
