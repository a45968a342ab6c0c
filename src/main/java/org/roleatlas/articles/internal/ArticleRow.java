package org.roleatlas.articles.internal;

import java.time.Instant;
import java.util.List;

/**
 * A stored article that is not deleted, with its role tags in order.
 *
 * @param authorId null for the project's own shipped articles (the editorial byline)
 * @param revision how many versions were saved; the current one is this number
 */
record ArticleRow(long id, String slug, String title, String summary, String bodyMarkdown, Long authorId,
                  boolean published, int revision, Instant createdAt, Instant updatedAt, Instant publishedAt,
                  List<String> roles) {

    ArticleRow withRoles(List<String> roles) {
        return new ArticleRow(id, slug, title, summary, bodyMarkdown, authorId, published, revision, createdAt,
                updatedAt, publishedAt, roles);
    }
}
