package org.roleatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The titles of the roles in the index, by slug: the labels of the role facet. Read once per searcher (a fixed view of
 * the index, so exact until a refresh) instead of with a search and a stored-document read per facet shown, which
 * cost a search page as much as the search itself.
 */
final class RoleTitles {

    private static final int MAX_ROLES = 10_000;

    private record Generation(IndexSearcher searcher, Map<String, String> titles) {
    }

    private volatile Generation current = new Generation(null, Map.of());

    /** The role's title, or the slug for a tag no role in the index has. */
    String of(IndexSearcher searcher, String slug) {
        Generation generation = current;
        if (generation.searcher() != searcher) {
            generation = new Generation(searcher, load(searcher));
            current = generation;
        }
        return generation.titles().getOrDefault(slug, slug);
    }

    private static Map<String, String> load(IndexSearcher searcher) {
        try {
            Map<String, String> titles = new HashMap<>();
            for (ScoreDoc role : searcher.search(new TermQuery(new Term(Fields.TYPE, "role")), MAX_ROLES).scoreDocs) {
                Document doc = searcher.storedFields().document(role.doc, Set.of(Fields.KEY, Fields.TITLE));
                titles.put(doc.get(Fields.KEY), doc.get(Fields.TITLE));
            }
            return Map.copyOf(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
