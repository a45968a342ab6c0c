package org.roleatlas.comments.internal;

import java.util.Set;

import org.roleatlas.comments.CommentRow;
import org.roleatlas.posts.FoundPost;
import org.roleatlas.posts.PostFinder;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Viewer;
import org.springframework.stereotype.Component;

/** Comments for modules that act on any post (flags): a comment is found only with what it is on. */
@Component
class CommentFinder implements PostFinder {

    private final CommentService comments;

    CommentFinder(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public Set<PostKind> kinds() {
        return Set.of(PostKind.COMMENT);
    }

    @Override
    public FoundPost find(PostRef post, Viewer viewer) {
        CommentRow comment = comments.comment(post.id(), viewer); // and what it is on, on whichever page that is
        return new FoundPost(post, 0, comment.authorId(), null, 0);
    }
}
