package org.roleatlas.questions;

import java.util.List;

/**
 * A member asked a question. Published inside the asking transaction, so listeners that write (notifications) commit
 * with the question or not at all.
 *
 * @param held  whether the question waits for a moderator's review (only its author and moderators see it)
 * @param roles the question's role tags (catalogue slugs)
 */
public record QuestionPosted(long questionId, long authorId, boolean anonymous, String title, String body,
                             List<String> roles, boolean held) {

    public QuestionPosted {
        roles = List.copyOf(roles);
    }
}
