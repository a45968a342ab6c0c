package org.roleatlas.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * The roles a query names: a role is named when one of its names (title, abbreviation, alias) occurs in the query
 * as words in a row ("who does the CTO report to", "how do I become an engineering manager"), or when the whole query
 * is part of a name ("mlops"). A word the index does not have matches a name's word with a typo or two, as the search
 * itself does. Named roles rank above posts that merely mention them. The names are read from the index once per
 * searcher: a catalogue edit reaches this list with its next index refresh.
 */
public final class NamedRoles {

    private static final LevenshteinDistance EDITS = new LevenshteinDistance();

    private record Names(IndexReader reader, List<RoleName> names) {
    }

    private record RoleName(String id, List<String> words) {
    }

    private final Analyzer analyzer;
    private volatile Names cached;

    NamedRoles(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The {@link Fields#ID}s of the roles the text names, in the catalogue's index order. */
    Set<String> in(IndexSearcher searcher, String text, Predicate<String> indexed) throws IOException {
        List<String> query = TextQuery.tokens(analyzer, text.replace('"', ' '));
        Set<String> named = new LinkedHashSet<>();
        if (query.isEmpty()) {
            return named;
        }
        for (RoleName name : names(searcher)) {
            if (!name.words().isEmpty() && (contains(query, name.words(), indexed) || contains(name.words(), query,
                    indexed))) {
                named.add(name.id());
            }
        }
        return named;
    }

    /** Whether {@code part} occurs in {@code whole} as words in a row. */
    public static boolean contains(List<String> whole, List<String> part, Predicate<String> indexed) {
        for (int start = 0; start + part.size() <= whole.size(); start++) {
            boolean all = true;
            for (int i = 0; i < part.size() && all; i++) {
                all = same(whole.get(start + i), part.get(i), indexed);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String a, String b, Predicate<String> indexed) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || indexed.test(a) && indexed.test(b)) {
            return false; // two real words are two words; only one the index lacks can be a typo
        }
        int longer = Math.max(a.length(), b.length());
        int edits = Math.round((1 - EDITS.getDistance(a, b)) * longer);
        return edits <= (shorter >= 7 ? 2 : 1);
    }

    private List<RoleName> names(IndexSearcher searcher) throws IOException {
        Names current = cached;
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current.names();
        }
        List<RoleName> names = new ArrayList<>();
        TermQuery roles = new TermQuery(new Term(Fields.TYPE, "role"));
        int count = Math.max(1, searcher.count(roles));
        for (ScoreDoc hit : searcher.search(roles, count).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            String id = doc.get(Fields.ID);
            names.add(new RoleName(id, TextQuery.tokens(analyzer, doc.get(Fields.TITLE))));
            for (IndexableField alias : doc.getFields(Fields.ALIASES)) {
                names.add(new RoleName(id, TextQuery.tokens(analyzer, alias.stringValue())));
            }
        }
        cached = new Names(searcher.getIndexReader(), List.copyOf(names));
        return names;
    }
}
