package org.roleatlas.questions.internal;

import java.time.Instant;
import java.util.List;

import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.Viewer;

/**
 * A stored question that is not deleted. In lists the bodies are empty: lists never show them.
 *
 * @param moderation visible, held or hidden (see {@link Viewer})
 */
record QuestionRow(long id, long authorId, boolean anonymous, String title, String bodyMarkdown, String bodyHtml,
                   List<String> roles, Instant createdAt, Instant editedAt, int answerCount,
                   int voteCount, int commentCount, long viewCount, ModerationState moderation) {

    QuestionRow {
        roles = List.copyOf(roles);
    }
}
