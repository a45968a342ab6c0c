package org.roleatlas.questions.internal;

import java.time.Instant;

import org.roleatlas.posts.ModerationState;

/** A stored answer that is not deleted; {@code moderation} is visible, held or hidden. */
record AnswerRow(long id, long questionId, long authorId, boolean anonymous, String bodyMarkdown, String bodyHtml,
                 Instant createdAt, Instant editedAt, int voteCount,
                 int commentCount, ModerationState moderation) {
}
