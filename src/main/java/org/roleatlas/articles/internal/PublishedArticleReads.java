package org.roleatlas.articles.internal;

import java.util.List;
import java.util.function.Function;

import org.roleatlas.articles.PublishedArticles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link PublishedArticles}: the articles everyone may read, as records. */
@Component
record PublishedArticleReads(ArticleRepository repository, Editors editors, JdbcClient jdbc)
        implements PublishedArticles {

    @Override
    public List<Article> newest(int count) {
        List<ArticleRow> rows = repository.published(null, 0, count);
        Function<Long, String> bylines = editors.bylines(rows.stream().map(ArticleRow::authorId).toList());
        return rows.stream().map(a -> new Article(a.slug(), a.title(), a.summary(), bylines.apply(a.authorId()),
                a.publishedAt(), a.updatedAt())).toList();
    }

    @Override
    public List<String> slugs() {
        return jdbc.sql("select slug from article where status = 'published' and deleted_at is null "
                + "order by published_at desc, id desc").query(String.class).list();
    }
}
