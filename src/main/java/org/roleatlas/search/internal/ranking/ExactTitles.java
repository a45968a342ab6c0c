package org.roleatlas.search.internal.ranking;

import org.roleatlas.search.internal.Fields;
import org.roleatlas.search.internal.NamedRoles;
import org.roleatlas.search.internal.TextQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;

/**
 * Someone who types an item's whole title (or a role's whole name) wants that item: among the best few matches, an
 * item whose own title or name reads as the query, word for word (a typo allowed in a word the index lacks), moves
 * to the top, above the roles the query names. Answers and comments carry their thread's title, not their own, so
 * they never do.
 */
public final class ExactTitles {

    /** How many of the best matches are looked at: an item with the query as its whole title is among them. */
    public static final int HEAD = 20;

    private static final Set<String> FIELDS = Set.of(Fields.TYPE, Fields.TITLE, Fields.ALIASES);

    private ExactTitles() {
    }

    public static ScoreDoc[] first(IndexSearcher searcher, Analyzer analyzer, List<String> query, Predicate<String> indexed,
                            ScoreDoc[] ranked) throws IOException {
        if (query.isEmpty() || ranked.length == 0) {
            return ranked;
        }
        StoredFields stored = searcher.storedFields();
        List<ScoreDoc> exact = new ArrayList<>();
        List<ScoreDoc> rest = new ArrayList<>(ranked.length);
        for (int i = 0; i < ranked.length; i++) {
            if (i < HEAD && titled(stored.document(ranked[i].doc, FIELDS), analyzer, query, indexed)) {
                exact.add(ranked[i]);
            } else {
                rest.add(ranked[i]);
            }
        }
        if (exact.isEmpty()) {
            return ranked;
        }
        exact.addAll(rest);
        return exact.toArray(new ScoreDoc[0]);
    }

    private static boolean titled(Document doc, Analyzer analyzer, List<String> query, Predicate<String> indexed) {
        if (Fields.IN_THREAD.contains(doc.get(Fields.TYPE))) {
            return false;
        }
        if (reads(TextQuery.tokens(analyzer, doc.get(Fields.TITLE)), query, indexed)) {
            return true;
        }
        for (IndexableField alias : doc.getFields(Fields.ALIASES)) {
            if (reads(TextQuery.tokens(analyzer, alias.stringValue()), query, indexed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reads(List<String> title, List<String> query, Predicate<String> indexed) {
        return title.size() == query.size() && NamedRoles.contains(title, query, indexed);
    }
}
