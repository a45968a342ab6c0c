package org.roleatlas.articles.internal;

import java.util.Optional;

import org.roleatlas.comments.CommentTargets;
import org.springframework.stereotype.Component;

/** Lets members comment on published articles; the comments module stores, checks and shows the comments. */
@Component
record ArticleComments(ArticleReads reads) implements CommentTargets {

    static final String KIND = "article";

    @Override
    public String kind() {
        return KIND;
    }

    /** Drafts and deleted articles take no comments and show none. */
    @Override
    public Optional<String> pageOf(long id) {
        return reads.published(id).map(a -> "/articles/" + a.slug());
    }
}
