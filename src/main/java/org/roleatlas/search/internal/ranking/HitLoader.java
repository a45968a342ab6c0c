package org.roleatlas.search.internal.ranking;

import org.roleatlas.search.internal.Fields;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.roleatlas.search.SearchResults.Hit;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a page of matches into hits with highlighted titles and snippets. Each hit's stored document is read once:
 * the highlighter is handed the text already read instead of decompressing it a second time.
 */
public final class HitLoader {

    private static final int SNIPPET_LENGTH = 240;
    private static final int HIGHLIGHTED_LENGTH = 20_000;
    private static final String[] HIGHLIGHTED = {Fields.TITLE, Fields.BODY};

    private HitLoader() {
    }

    public static List<Hit> load(IndexSearcher searcher, Analyzer analyzer, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        Map<Integer, Document> stored = new HashMap<>();
        for (int doc : docs) {
            stored.put(doc, searcher.storedFields().document(doc));
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(HIGHLIGHTED_LENGTH)
                // Offsets come from the postings, term by term; matching the whole query again for every shown hit
                // (the default) cost more than the search. Phrases are still highlighted only where they occur.
                .withWeightMatches(false);
        Map<String, String[]> highlights = new StoredHighlighter(builder, stored)
                .highlightFields(HIGHLIGHTED, query, docs, new int[] {1, 2});
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.get(docs[i]);
            String title = highlights.get(Fields.TITLE)[i];
            String snippet = highlights.get(Fields.BODY)[i];
            hits.add(new Hit(doc.get(Fields.TYPE), doc.get(Fields.KEY),
                    title != null ? title : HtmlUtils.htmlEscape(Fields.title(doc)),
                    shorten(snippet != null ? snippet : HtmlUtils.htmlEscape(doc.get(Fields.BODY))),
                    doc.get(Fields.URL), doc.get(Fields.BYLINE),
                    Arrays.stream(doc.getFields(Fields.ROLE)).map(IndexableField::stringValue).toList(),
                    created(doc)));
        }
        return hits;
    }

    /** A highlighter that takes the highlighted fields' text from documents already read. */
    private static final class StoredHighlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> stored;

        StoredHighlighter(Builder builder, Map<Integer, Document> stored) {
            super(builder);
            this.stored = stored;
        }

        /** A title is shown whole: no need to look for its sentences (the JDK's sentence finder is not cheap). */
        @Override
        protected BreakIterator getBreakIterator(String field) {
            return Fields.TITLE.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = stored.get(doc);
                CharSequence[] fieldValues = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String value = Fields.TITLE.equals(fields[f]) ? Fields.title(document) : document.get(fields[f]);
                    fieldValues[f] = value == null || value.length() <= getMaxLength() ? value
                            : value.substring(0, getMaxLength());
                }
                values.add(fieldValues);
            }
            return values;
        }
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
}
