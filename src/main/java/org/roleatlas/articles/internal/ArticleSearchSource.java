package org.roleatlas.articles.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.roleatlas.search.SearchDocument;
import org.roleatlas.search.SearchSource;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Articles for the search index, keyed by slug (never changed once made): title, summary and body as text, role
 * tags, the editorial byline. Live comparison blocks are left out of the text. Drafts and deleted articles are not
 * visible, so search never shows them.
 */
@Component
record ArticleSearchSource(ArticleRepository repository, MarkdownRenderer markdown,
                           Editors editors) implements SearchSource {

    static final String TYPE = "article";
    private static final int PAGE = 200;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, SearchDocument> load(Collection<String> keys) {
        Map<String, SearchDocument> documents = new HashMap<>();
        documents(repository.bySlugs(keys), d -> documents.put(d.key(), d));
        return documents;
    }

    @Override
    public void forEachVisible(Consumer<SearchDocument> sink) {
        List<ArticleRow> page;
        int offset = 0;
        do {
            page = repository.published(null, offset, PAGE);
            documents(page, sink);
            offset += PAGE;
        } while (page.size() == PAGE);
    }

    @Override
    public long countVisible() {
        return repository.countPublished();
    }

    /**
     * The words a reader reads: the member text between live comparisons, without markup. A comparison block's
     * source ({@code roles: cto, cio}) is no prose, so it never reaches a snippet.
     */
    private String plainText(String bodyMarkdown) {
        List<String> text = new ArrayList<>();
        for (CompareBlocks.Piece piece : CompareBlocks.split(bodyMarkdown)) {
            if (piece instanceof CompareBlocks.Text t) {
                text.add(markdown.toPlainText(t.markdown()));
            }
        }
        return String.join(" ", text);
    }

    /** The documents of some articles, their authors read in one query. */
    private void documents(List<ArticleRow> rows, Consumer<SearchDocument> sink) {
        Function<Long, String> bylines = editors.bylines(rows.stream().map(ArticleRow::authorId).toList());
        for (ArticleRow row : rows) {
            List<String> body = new ArrayList<>();
            body.add(row.summary());
            body.add(plainText(row.bodyMarkdown()));
            sink.accept(new SearchDocument(TYPE, row.slug(), row.title(), List.of(), String.join("\n", body),
                    row.roles(), "/articles/" + row.slug(), bylines.apply(row.authorId()), row.published(),
                    row.publishedAt()));
        }
    }
}
