package org.roleatlas.search.internal.ranking;

import org.roleatlas.search.internal.Fields;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Counts, in one pass over the given matches of the text query, the total with both filters, the type facet with the role
 * filter only and the role facet with the type filter only (so each facet says what choosing it would give).
 * Counts by per-segment ordinal and turns ordinals into names once per segment. Not thread-safe: one per search.
 */
public final class FacetCounts extends SimpleCollector {

    private final BytesRef typeFilter;
    private final BytesRef roleFilter;
    public final Map<String, Long> types = new HashMap<>();
    public final Map<String, Long> roles = new HashMap<>();
    public long total;

    private SortedSetDocValues typeValues;
    private SortedSetDocValues roleValues;
    private long typeOrd;
    private long roleOrd;
    private long[] typeCounts;
    private long[] roleCounts;

    /**
     * Counts among the given hits (the best matches of the text query): counting every match of a broad query over a
     * large community would cost more than the search itself.
     */
    public static FacetCounts among(IndexSearcher searcher, ScoreDoc[] hits, String type, String role) throws IOException {
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FacetCounts counts = new FacetCounts(type, role);
        int current = -1;
        for (int doc : docs) {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != current) {
                counts.doSetNextReader(leaves.get(leaf));
                current = leaf;
            }
            counts.collect(doc - leaves.get(leaf).docBase);
        }
        return counts.done();
    }

    FacetCounts(String type, String role) {
        this.typeFilter = type == null ? null : new BytesRef(type);
        this.roleFilter = role == null ? null : new BytesRef(role);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        typeValues = DocValues.getSortedSet(context.reader(), Fields.TYPE);
        roleValues = DocValues.getSortedSet(context.reader(), Fields.ROLE);
        typeOrd = typeFilter == null ? -1 : typeValues.lookupTerm(typeFilter);
        roleOrd = roleFilter == null ? -1 : roleValues.lookupTerm(roleFilter);
        typeCounts = new long[(int) typeValues.getValueCount()];
        roleCounts = new long[(int) roleValues.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        long type = -1;
        if (typeValues.advanceExact(doc)) {
            type = typeValues.nextOrd();
        }
        boolean typeMatches = typeFilter == null || (typeOrd >= 0 && type == typeOrd);
        boolean roleMatches = roleFilter == null;
        long[] docRoles = new long[0];
        if (roleValues.advanceExact(doc)) {
            docRoles = new long[roleValues.docValueCount()];
            for (int i = 0; i < docRoles.length; i++) {
                docRoles[i] = roleValues.nextOrd();
                roleMatches |= roleOrd >= 0 && docRoles[i] == roleOrd;
            }
        }
        if (roleMatches && type >= 0) {
            typeCounts[(int) type]++;
        }
        if (typeMatches) {
            for (long r : docRoles) {
                roleCounts[(int) r]++;
            }
        }
        if (typeMatches && roleMatches) {
            total++;
        }
    }

    /** Call after the search, to count the last segment. */
    FacetCounts done() throws IOException {
        flush();
        return this;
    }

    private void flush() throws IOException {
        if (typeCounts == null) {
            return;
        }
        add(typeCounts, typeValues, types);
        add(roleCounts, roleValues, roles);
        typeCounts = null;
    }

    private static void add(long[] counts, SortedSetDocValues values, Map<String, Long> into) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
