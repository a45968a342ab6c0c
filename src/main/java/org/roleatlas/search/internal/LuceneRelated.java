package org.roleatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.roleatlas.search.Related;
import org.springframework.stereotype.Service;

/**
 * "Content you might like": Lucene's MoreLikeThis picks the item's most distinctive words (title and body) and finds
 * items that share them; each role tag the item has adds weight to items with the same tag. Only questions,
 * articles, polls and roles are offered (an answer or a comment out of its thread reads poorly), never the item itself.
 */
@Service
class LuceneRelated implements Related {

    private static final float SHARED_ROLE = 2f;

    private final SearchIndex index;
    private final RelatedCache cache = new RelatedCache();

    LuceneRelated(SearchIndex index) {
        this.index = index;
    }

    @Override
    public List<Item> to(String type, String key, int limit) {
        String id = Fields.id(type, key);
        return index.read(searcher -> cache.get(searcher, type, key, limit, () -> lookUp(searcher, id, limit)));
    }

    private List<Item> lookUp(IndexSearcher searcher, String id, int limit) {
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
            BooleanQuery.Builder similar = new BooleanQuery.Builder();
            Query like = like(searcher, doc);
            if (like != null) {
                similar.add(like, Occur.SHOULD);
            }
            for (IndexableField role : doc.getFields(Fields.ROLE)) {
                similar.add(new BoostQuery(new TermQuery(new Term(Fields.RELATED_ROLE, role.stringValue())), SHARED_ROLE),
                        Occur.SHOULD);
            }
            // Both fields exist only on the types offered, so no type filter is needed; the disjunction is a required
            // clause of its own so that Lucene can skip what cannot reach the best few, and nothing is counted beyond.
            Query query = new BooleanQuery.Builder()
                    .add(similar.build(), Occur.MUST)
                    .add(new TermQuery(new Term(Fields.ID, id)), Occur.MUST_NOT)
                    .build();
            List<Item> items = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit)).scoreDocs) {
                Document found = searcher.storedFields().document(hit.doc);
                items.add(new Item(found.get(Fields.TYPE), found.get(Fields.TITLE), found.get(Fields.URL)));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query like(IndexSearcher searcher, Document doc) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(index.analyzer());
        mlt.setFieldNames(new String[] {Fields.RELATED_TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(12);
        mlt.setMinWordLen(3);
        Map<String, Collection<Object>> text = Map.of(Fields.RELATED_TEXT,
                List.of(doc.get(Fields.TITLE), doc.get(Fields.BODY)));
        Query query = mlt.like(text);
        return query instanceof BooleanQuery b && b.clauses().isEmpty() ? null : query;
    }
}
