package org.roleatlas.moderation.internal;

import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;

/**
 * Any post (question, answer or comment) as moderation sees it: where it is shown and what a moderator reads of it.
 *
 * @param questionId the question page the post is shown on, or 0 for a comment on another module's content
 * @param excerpt the question's title, or the answer's or comment's sanitised HTML
 * @param parentKind for a comment, what it is on (question or answer); for an answer, question; for a question, null
 * @param parentId the id of that parent, or 0 for a question
 */
record ModeratedPost(PostKind kind, long id, long questionId, long authorId, ModerationState moderation, String excerpt,
               String parentKind, long parentId) {

    /** The counter this post is counted in while visible: answer_count or comment_count on its parent, or none. */
    String countColumn() {
        return switch (kind) {
            case QUESTION -> null;
            case ANSWER -> "answer_count";
            case COMMENT -> "comment_count";
        };
    }

    /** Where a moderator or the author finds it. */
    String url() {
        if (questionId == 0) { // a comment on another module's content: its comments page
            return "/comments/on/" + parentKind + "/" + parentId + "#comment-" + id;
        }
        return "/questions/" + questionId + (kind == PostKind.QUESTION ? "" : "#" + kind.table() + "-" + id);
    }
}
