package org.roleatlas.search.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.roleatlas.search.Search;
import org.roleatlas.search.SearchQuery;
import org.roleatlas.search.SearchResults;
import org.roleatlas.search.SearchResults.Facet;
import org.roleatlas.search.SearchResults.Hit;
import org.roleatlas.system.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/** {@link Search} over this node's Lucene index: BM25, name matches first, highlighted snippets, facet counts. */
@Service
class LuceneSearch implements Search {

    static final int PAGE_SIZE = 10;
    private static final int SNIPPET_LENGTH = 240;
    private static final int FACETS_SHOWN = 12;
    static final int FACET_SAMPLE = 1000;

    private final SearchIndex index;
    private final Indexer indexer;

    LuceneSearch(SearchIndex index, Indexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        check(query);
        return index.read(searcher -> search(searcher, query));
    }

    private SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
        // Rewritten once, here: typo and prefix variants expand to their terms a single time instead of once for the
        // facet sample, once for the page and once more in the highlighter.
        Query text = searcher.rewrite(
                TextQuery.parse(query.text(), index.analyzer(), token -> indexed(searcher, token)));
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (query.type() != null) {
            filtered.add(new TermQuery(new Term(Fields.TYPE, query.type())), Occur.FILTER);
        }
        if (query.role() != null) {
            filtered.add(new TermQuery(new Term(Fields.ROLE, query.role())), Occur.FILTER);
        }
        Query withFilters = filtered.build();
        // The best matches only, so Lucene can skip documents that cannot make them (block-max WAND); the facets
        // count among these, which is every match unless the query is very broad.
        TopDocs best = searcher.search(text, FACET_SAMPLE);
        FacetCounts counts = FacetCounts.among(searcher, best.scoreDocs, query.type(), query.role());
        boolean exact = best.totalHits.relation == TotalHits.Relation.EQUAL_TO && best.totalHits.value <= FACET_SAMPLE;
        int end = query.page() * PAGE_SIZE;
        // Without filters the page is a slice of the best matches already found: no second search.
        boolean unfiltered = query.type() == null && query.role() == null;
        TopDocs top = unfiltered && end <= FACET_SAMPLE ? best : searcher.search(withFilters, end);
        ScoreDoc[] page = top.scoreDocs.length <= end - PAGE_SIZE ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, end - PAGE_SIZE, Math.min(end, top.scoreDocs.length));
        List<Hit> hits = hits(searcher, text, page);
        long total = exact ? counts.total : Math.max(top.totalHits.value, counts.total);
        return new SearchResults(query, total, exact, PAGE_SIZE, hits, facets(counts.types, this::typeLabel),
                facets(counts.roles, slug -> roleTitle(searcher, slug)));
    }

    /** Whether the index has the word as it is: only words it lacks need typo and prefix matching. */
    private static boolean indexed(IndexSearcher searcher, String token) {
        try {
            for (String field : Fields.TEXT) {
                if (searcher.getIndexReader().docFreq(new Term(field, token)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void check(SearchQuery query) {
        if (query.text().isEmpty()) {
            throw new BadRequestException("Say what to search for: q is empty.");
        }
        if (query.text().length() > SearchQuery.MAX_LENGTH) {
            throw new BadRequestException("q is too long: at most " + SearchQuery.MAX_LENGTH + " characters.");
        }
        if (query.type() != null && !indexer.types().contains(query.type())) {
            throw new BadRequestException("type must be one of " + String.join(", ", indexer.types()) + "; got '"
                    + query.type() + "'.");
        }
        if (query.role() != null && !query.role().matches("[a-z0-9]+(-[a-z0-9]+)*") || query.role() != null
                && query.role().length() > 80) {
            throw new BadRequestException("role must be a role's slug, such as cto; got '" + query.role() + "'.");
        }
        if (query.page() < 1 || query.page() > SearchQuery.MAX_PAGE) {
            throw new BadRequestException("page must be from 1 to " + SearchQuery.MAX_PAGE + ".");
        }
    }

    private List<Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
        Map<String, String[]> highlights = highlighter.highlightFields(new String[] {Fields.TITLE, Fields.BODY}, text,
                docs, new int[] {1, 2});
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Document doc = searcher.storedFields().document(docs[i]);
            String title = highlights.get(Fields.TITLE)[i];
            String snippet = highlights.get(Fields.BODY)[i];
            hits.add(new Hit(doc.get(Fields.TYPE), doc.get(Fields.KEY),
                    title != null ? title : HtmlUtils.htmlEscape(doc.get(Fields.TITLE)),
                    shorten(snippet != null ? snippet : HtmlUtils.htmlEscape(doc.get(Fields.BODY))),
                    doc.get(Fields.URL), doc.get(Fields.BYLINE),
                    Arrays.stream(doc.getFields(Fields.ROLE)).map(IndexableField::stringValue).toList(),
                    created(doc)));
        }
        return hits;
    }

    /** Passages are whole sentences; a very long one is cut (between tags, never inside one). */
    private static String shorten(String html) {
        if (html.length() <= SNIPPET_LENGTH * 2) {
            return html;
        }
        int cut = html.lastIndexOf(' ', SNIPPET_LENGTH * 2);
        int open = html.lastIndexOf("<mark>", cut);
        if (open > html.lastIndexOf("</mark>", cut)) {
            cut = open; // never leave a highlight open
        }
        int amp = html.lastIndexOf('&', cut);
        if (amp > html.lastIndexOf(';', cut)) {
            cut = amp; // nor an entity half written
        }
        return html.substring(0, Math.max(cut, 0)) + " …";
    }

    private static Instant created(Document doc) {
        IndexableField created = doc.getField(Fields.CREATED);
        return created == null ? null : Instant.ofEpochMilli(created.numericValue().longValue());
    }

    private static List<Facet> facets(Map<String, Long> counts, java.util.function.Function<String, String> label) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FACETS_SHOWN)
                .map(e -> new Facet(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .toList();
    }

    String typeLabel(String type) {
        return switch (type) {
            case "role" -> "Roles";
            case "question" -> "Questions";
            case "answer" -> "Answers";
            case "comment" -> "Comments";
            case "article" -> "Articles";
            case "poll" -> "Polls";
            default -> Character.toUpperCase(type.charAt(0)) + type.substring(1);
        };
    }

    /** A role tag's label is the role's title, read from the role's own document in the index. */
    private static String roleTitle(IndexSearcher searcher, String slug) {
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, Fields.id("role", slug))), 1);
            return found.scoreDocs.length == 0 ? slug
                    : searcher.storedFields().document(found.scoreDocs[0].doc).get(Fields.TITLE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public List<Suggestion> suggest(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || typed.length() > SearchQuery.MAX_LENGTH) {
            return List.of();
        }
        Query names = TextQuery.names(typed, index.analyzer());
        return index.read(searcher -> {
            List<Suggestion> suggestions = new ArrayList<>();
            for (String type : List.of("role", "article", "question")) { // roles first: what people look for most
                if (suggestions.size() >= limit) {
                    break;
                }
                Query ofType = new BooleanQuery.Builder().add(names, Occur.MUST)
                        .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER).build();
                for (ScoreDoc hit : searcher.search(ofType, limit - suggestions.size()).scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    suggestions.add(new Suggestion(type, doc.get(Fields.TITLE), doc.get(Fields.URL)));
                }
            }
            return suggestions;
        });
    }

}
