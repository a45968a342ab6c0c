package org.roleatlas.articles;

import java.time.Instant;
import java.util.List;

/**
 * Published articles for other modules (feeds and the sitemap): never a draft or a deleted article. Records only,
 * read fresh on every call.
 */
public interface PublishedArticles {

    /** The newest published articles, newest first. */
    List<Article> newest(int count);

    /** The slugs of every published article, newest first. */
    List<String> slugs();

    /**
     * @param byline the author's name, or the site's for articles shipped with RoleAtlas
     */
    record Article(String slug, String title, String summary, String byline, Instant publishedAt,
                   Instant updatedAt) {

        public String url() {
            return "/articles/" + slug;
        }
    }
}
