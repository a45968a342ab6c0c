package org.roleatlas.articles.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.roleatlas.search.SearchDocument;
import org.roleatlas.search.SearchSource;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Articles for the search index, keyed by slug (never changed once made): title, summary and body as text, role
 * tags, the editorial byline. Drafts and deleted articles are not visible, so search never shows them.
 */
@Component
class ArticleSearchSource implements SearchSource {

    static final String TYPE = "article";
    private static final int PAGE = 200;

    private final ArticleRepository repository;
    private final MarkdownRenderer markdown;
    private final Editors editors;

    ArticleSearchSource(ArticleRepository repository, MarkdownRenderer markdown, Editors editors) {
        this.repository = repository;
        this.markdown = markdown;
        this.editors = editors;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, SearchDocument> load(Collection<String> keys) {
        Map<String, SearchDocument> documents = new HashMap<>();
        for (String slug : keys) {
            repository.bySlug(slug).ifPresent(row -> documents.put(slug, document(row)));
        }
        return documents;
    }

    @Override
    public void forEachVisible(Consumer<SearchDocument> sink) {
        List<ArticleRow> page;
        int offset = 0;
        do {
            page = repository.published(null, offset, PAGE);
            page.forEach(row -> sink.accept(document(row)));
            offset += PAGE;
        } while (page.size() == PAGE);
    }

    @Override
    public long countVisible() {
        long count = 0;
        for (int offset = 0; ; offset += PAGE) {
            int size = repository.published(null, offset, PAGE).size();
            count += size;
            if (size < PAGE) {
                return count;
            }
        }
    }

    private SearchDocument document(ArticleRow row) {
        List<String> body = new ArrayList<>();
        body.add(row.summary());
        body.add(markdown.toPlainText(row.bodyMarkdown()));
        return new SearchDocument(TYPE, row.slug(), row.title(), List.of(), String.join("\n", body), row.roles(),
                "/articles/" + row.slug(), editors.byline(row.authorId()), row.published(), row.publishedAt());
    }
}
