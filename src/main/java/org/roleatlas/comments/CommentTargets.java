package org.roleatlas.comments;

import java.util.Optional;

/**
 * Content of another module that members may comment on, with the same rules as comments on answers (length,
 * Markdown, the posting limit, edits kept, soft delete). A module implements this as a bean; the comments module
 * stores and shows the comments and never depends on that module. Render the comment section with
 * {@link CommentSections}.
 */
public interface CommentTargets {

    /** The stored kind of the commented content: a lower-case word such as "article", not "question" or "answer". */
    String kind();

    /**
     * The page the content's comments show on, if the content exists and everyone may read it. Empty means there
     * is nothing to comment on: reading or adding its comments is a 404.
     */
    Optional<String> pageOf(long id);
}
