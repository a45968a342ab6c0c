package org.roleatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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
 * items that share them, most similar first. Shared role tags only break ties between items about as similar in text,
 * and fill the list with items tagged alike when too few are similar in text. Only questions,
 * articles, polls and roles are offered (an answer or a comment out of its thread reads poorly), never the item itself.
 */
@Service
class LuceneRelated implements Related {

    private final SearchIndex index;
    private final RelatedCache cache = new RelatedCache();

    private final NamedRoles namedRoles;

    LuceneRelated(SearchIndex index) {
        this.index = index;
        this.namedRoles = new NamedRoles(index.analyzer());
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
            Set<String> roles = roles(doc);
            List<Candidate> chosen = new ArrayList<>();
            // The roles the item's title names ("How do a CTO and a VP of Engineering split the work?") are what it is
            // about: they lead, before items that only share words.
            Set<String> named = namedRoles.in(searcher, doc.get(Fields.TITLE), word -> true);
            named.remove(id);
            if (!named.isEmpty()) {
                Query namedQuery = new org.apache.lucene.search.TermInSetQuery(Fields.ID,
                        named.stream().map(org.apache.lucene.util.BytesRef::new).toList());
                chosen.addAll(candidates(searcher, namedQuery, id, limit, roles));
            }
            Query like = like(searcher, doc);
            if (like != null && "role".equals(doc.get(Fields.TYPE))) {
                // A role page already lists the roles around it; what it lacks is what people write about the role.
                like = new BooleanQuery.Builder().add(like, Occur.MUST)
                        .add(new TermQuery(new Term(Fields.TYPE, "role")), Occur.MUST_NOT).build();
            }
            if (like != null) {
                // More candidates than shown, so that the tie-breaker has near-equals to choose among.
                List<Candidate> similar = new ArrayList<>(candidates(searcher, like, id, Math.max(limit * 3, 15), roles));
                similar.sort(Comparator.comparingInt(Candidate::similarity).reversed()
                        .thenComparing(Comparator.comparingInt(Candidate::sharedRoles).reversed())
                        .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()));
                Set<String> taken = new HashSet<>();
                chosen.forEach(c -> taken.add(c.item().url()));
                similar.stream().filter(c -> !taken.contains(c.item().url())).forEach(chosen::add);
            }
            if (chosen.size() < limit && !roles.isEmpty()) {
                // Too few items like it in text: items sharing its role tags fill the rest, after every text match.
                BooleanQuery.Builder sharing = new BooleanQuery.Builder();
                roles.forEach(r -> sharing.add(new TermQuery(new Term(Fields.RELATED_ROLE, r)), Occur.SHOULD));
                Set<String> taken = new HashSet<>();
                chosen.forEach(c -> taken.add(c.item().url()));
                candidates(searcher, sharing.build(), id, limit + chosen.size(), roles).stream()
                        .filter(c -> !taken.contains(c.item().url())).forEach(chosen::add);
            }
            return chosen.stream().limit(limit).map(Candidate::item).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> roles(Document doc) {
        Set<String> roles = new HashSet<>();
        for (IndexableField role : doc.getFields(Fields.ROLE)) {
            roles.add(role.stringValue());
        }
        return roles;
    }

    /**
     * A related item with its text score; {@code similarity} is that score in steps of {@value #STEP} (a score
     * within a few percent of another's is as similar), the only ground on which shared role tags may reorder.
     */
    private record Candidate(Item item, float score, int similarity, int sharedRoles) {
    }

    private static final double STEP = 1.05;

    private static List<Candidate> candidates(IndexSearcher searcher, Query query, String id, int count,
                                              Set<String> roles) throws IOException {
        // The fields exist only on the types offered, so no type filter is needed; the query is a required clause of
        // its own so that Lucene can skip what cannot reach the best few, and nothing is counted beyond.
        Query without = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.MUST_NOT)
                .build();
        List<Candidate> candidates = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(without, new TopScoreDocCollectorManager(count, null, count)).scoreDocs) {
            Document found = searcher.storedFields().document(hit.doc);
            int shared = 0;
            for (IndexableField role : found.getFields(Fields.ROLE)) {
                shared += roles.contains(role.stringValue()) ? 1 : 0;
            }
            int similarity = hit.score > 0 ? (int) Math.floor(Math.log(hit.score) / Math.log(STEP)) : Integer.MIN_VALUE;
            candidates.add(new Candidate(new Item(found.get(Fields.TYPE), found.get(Fields.TITLE), found.get(Fields.URL)),
                    hit.score, similarity, shared));
        }
        return candidates;
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
