package org.roleatlas.search.internal.ranking;

import org.roleatlas.search.internal.Fields;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Keeps a page of mixed results mixed: with a hundred roles in the catalogue, a query like "CISO security team" matches
 * eight security roles by their titles alone, and those would fill the first page ahead of the discussion that asked
 * exactly that. A page shows at most {@code perPage} roles the query does not name; the others wait, in their order,
 * for the next page with room. Roles the query names (scored above {@code named}) always keep their place.
 */
public final class FewRolesPerPage {

    private static final BytesRef ROLE = new BytesRef("role");

    private FewRolesPerPage() {
    }

    public static ScoreDoc[] arrange(IndexSearcher searcher, ScoreDoc[] ranked, int pageSize, int perPage, float named)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<ScoreDoc> out = new ArrayList<>(ranked.length);
        List<Boolean> capped = new ArrayList<>(ranked.length);
        Deque<ScoreDoc> waiting = new ArrayDeque<>();
        for (ScoreDoc hit : ranked) {
            drain(waiting, out, capped, pageSize, perPage);
            boolean unnamedRole = hit.score < named && isRole(leaves, hit.doc);
            if (unnamedRole && !room(capped, pageSize, perPage)) {
                waiting.add(hit);
            } else {
                out.add(hit);
                capped.add(unnamedRole);
            }
        }
        drain(waiting, out, capped, pageSize, perPage);
        out.addAll(waiting); // nothing else is left to show: the rest of the roles follow in their order
        return out.toArray(new ScoreDoc[0]);
    }

    private static void drain(Deque<ScoreDoc> waiting, List<ScoreDoc> out, List<Boolean> capped, int pageSize,
                              int perPage) {
        while (!waiting.isEmpty() && room(capped, pageSize, perPage)) {
            out.add(waiting.poll());
            capped.add(true);
        }
    }

    /** Whether the page the next hit lands on has room for one more unnamed role. */
    private static boolean room(List<Boolean> capped, int pageSize, int perPage) {
        int start = capped.size() / pageSize * pageSize;
        int onPage = 0;
        for (int i = start; i < capped.size(); i++) {
            if (capped.get(i)) {
                onPage++;
            }
        }
        return onPage < perPage;
    }

    private static boolean isRole(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedSetDocValues types = DocValues.getSortedSet(leaf.reader(), Fields.TYPE);
        if (!types.advanceExact(doc - leaf.docBase)) {
            return false;
        }
        return types.lookupOrd(types.nextOrd()).equals(ROLE);
    }
}
