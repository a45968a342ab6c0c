package org.roleatlas.posts;

import java.util.Locale;

import org.roleatlas.system.NotFoundException;

/**
 * Every kind of post a member can flag and a moderator can hide, hold or approve. The name is both the stored
 * {@code post_kind} of flags and the moderation log, and the table the post lives in.
 */
enum ContentKind {
    QUESTION, ANSWER, COMMENT;

    /** A constant, never user input, so it may go into SQL text. */
    String table() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws NotFoundException unless {@code name} is question, answer or comment (or their plurals, as in URLs) */
    static ContentKind of(String name) {
        for (ContentKind kind : values()) {
            if (kind.table().equals(name) || (kind.table() + "s").equals(name)) {
                return kind;
            }
        }
        throw new NotFoundException("Posts are questions, answers or comments, not '" + name + "'.");
    }
}
