package org.roleatlas.votes;

import org.roleatlas.posts.PostRef;

/**
 * A post's {@code vote_count} changed (an upvote added or taken back). Published inside the voter's transaction,
 * after the count; the module that owns the post listens synchronously to keep what it derives from the count
 * (the role feeds' copy of a question's votes) in the same transaction.
 */
public record UpvotesCounted(PostRef post) {
}
