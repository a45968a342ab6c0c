package org.roleatlas.posts;

import java.util.Locale;
import java.util.Optional;

import org.roleatlas.system.errors.NotFoundException;

/**
 * Every kind of member post. The name is the stored {@code post_kind} of votes, comments, flags and the moderation
 * log, and the table the post lives in.
 */
public enum PostKind {
    QUESTION, ANSWER, COMMENT;

    /** Both the stored kind and the table name; a constant, never user input, so it may go into SQL text. */
    public String table() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether comments and votes can be on this kind of post: questions and answers. */
    public boolean takesComments() {
        return this != COMMENT;
    }

    /** @throws NotFoundException unless {@code name} is question, answer or comment (or their plurals, as in URLs) */
    public static PostKind of(String name) {
        for (PostKind kind : values()) {
            if (kind.table().equals(name) || (kind.table() + "s").equals(name)) {
                return kind;
            }
        }
        throw new NotFoundException("Posts are questions, answers or comments, not '" + name + "'.");
    }

    /** The kind stored as {@code name}, or empty for other modules' content ({@code comments.CommentTargets}). */
    public static Optional<PostKind> find(String name) {
        for (PostKind kind : values()) {
            if (kind.table().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * What a comment is on, when it is a question or an answer.
     *
     * @throws NotFoundException unless {@code name} is "question" or "answer"
     */
    public static PostKind commented(String name) {
        return find(name).filter(PostKind::takesComments).orElseThrow(() -> new NotFoundException(
                "Comments are on a question or an answer, not '" + name + "'."));
    }
}
