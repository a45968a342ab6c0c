package org.roleatlas.search.internal.ranking;

import org.roleatlas.search.internal.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Identical texts (the same comment posted under three answers) collapse into their best-ranked hit. */
public final class Collapse {

    private Collapse() {
    }

    /** The matches in their order, without any whose {@link Fields#SAME_TEXT} a better one already has. */
    public static ScoreDoc[] distinct(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Set<Long> seen = new HashSet<>();
        List<ScoreDoc> kept = new ArrayList<>(ranked.length);
        for (ScoreDoc hit : ranked) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(Fields.SAME_TEXT);
            int doc = hit.doc - leaf.docBase;
            if (values == null || !values.advanceExact(doc) || seen.add(values.longValue())) {
                kept.add(hit);
            }
        }
        return kept.size() == ranked.length ? ranked : kept.toArray(new ScoreDoc[0]);
    }
}
