package org.roleatlas.questions;

/**
 * A member answered a question. Published inside the answering transaction.
 *
 * @param held whether the answer waits for a moderator's review (only its author and moderators see it)
 */
public record AnswerPosted(long answerId, long questionId, long questionAuthorId, String questionTitle,
                           long authorId, boolean anonymous, String body, boolean held) {
}
