package org.roleatlas.posts;

import java.util.Set;

/**
 * Finds the posts a module owns as a reader may see them: the questions module questions and answers, the comments
 * module comments. Modules that act on posts they do not own (votes, comments on posts, flags) find them through
 * {@link Posts}, so they never depend on the owning module.
 */
public interface PostFinder {

    /** The kinds this finder owns. */
    Set<PostKind> kinds();

    /**
     * The post, if the viewer may see it and everything it is shown under (the question of an answer, the post or
     * page a comment is on).
     *
     * @throws org.roleatlas.system.errors.NotFoundException otherwise
     */
    FoundPost find(PostRef post, Viewer viewer);
}
