package org.roleatlas.search.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.search.IndexSearcher;
import org.roleatlas.search.Related;

/**
 * Related items per (type, key, limit), valid for one searcher. A searcher is a fixed point-in-time view of the index,
 * so the same lookup on it always gives the same items: the cache is exact, not a guess with an expiry. A refreshed
 * searcher (any write became visible) starts an empty cache, and the old one is dropped with its searcher.
 *
 * <p>Why: every question, article and role page asks for its related items, and MoreLikeThis costs a term-vector-free
 * analysis of the item's text plus a broad OR query; on a 100,000-question index that is milliseconds per page view.
 */
final class RelatedCache {

    /** Bounds memory on a large index that is read for a long time without a write: then it starts over. */
    static final int MAX_ENTRIES = 20_000;

    private record Key(String type, String key, int limit) {
    }

    private record Generation(IndexSearcher searcher, Map<Key, List<Related.Item>> items) {
    }

    private volatile Generation current = new Generation(null, new ConcurrentHashMap<>());

    /** The cached items for this lookup on this searcher, or those {@code lookup} finds (then cached). */
    List<Related.Item> get(IndexSearcher searcher, String type, String key, int limit,
                           Supplier<List<Related.Item>> lookup) {
        Generation generation = current;
        if (generation.searcher() != searcher) {
            generation = new Generation(searcher, new ConcurrentHashMap<>());
            current = generation;
        }
        Key k = new Key(type, key, limit);
        List<Related.Item> items = generation.items().get(k);
        if (items == null) {
            items = List.copyOf(lookup.get());
            if (generation.items().size() >= MAX_ENTRIES) {
                generation.items().clear();
            }
            generation.items().put(k, items);
        }
        return items;
    }
}
