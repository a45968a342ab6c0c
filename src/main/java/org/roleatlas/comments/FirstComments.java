package org.roleatlas.comments;

import java.util.List;
import java.util.Map;

import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;

/**
 * The first comments of a question and of each of its answers, keyed by post, as one question page shows them.
 *
 * @param seen how many comments the viewer sees under each post, read (in one query) only when a post shows a held
 *             or hidden comment among its first: its public count is then not what the viewer sees
 */
public record FirstComments(Map<PostRef, List<CommentRow>> byPost, Map<PostRef, Integer> seen) {

    public List<CommentRow> of(PostKind kind, long postId) {
        return byPost.getOrDefault(new PostRef(kind, postId), List.of());
    }
}
