package org.roleatlas.search.internal;

import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.search.IndexSearcher;
import org.roleatlas.search.Related;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Related items per (type, key, limit), valid for one searcher. A searcher is a fixed point-in-time view of the index,
 * so the same lookup on it always gives the same items: the cache is exact, not a guess with an expiry. A refreshed
 * searcher (any write became visible) starts an empty cache, and the old one is dropped with its searcher.
 *
 * <p>Why: every question, article and role page asks for its related items, and MoreLikeThis costs a term-vector-free
 * analysis of the item's text plus a broad OR query; on a 100,000-question index that is milliseconds per page view.
 *
 * <p>The entries of one searcher are bounded by their estimated size on the heap: past {@link #MAX_BYTES} the least
 * useful are evicted (Caffeine's weight-based eviction), so a large index read for a long time without a write keeps
 * its popular pages cached in memory that does not grow with the index (long titles weigh more than short ones).
 * Concurrent lookups of the same item run once; the others wait for it.
 */
final class RelatedCache {

    /**
     * Bounds memory on a large index that is read for a long time without a write: about 8,000 pages' related items
     * (five each) at the 100,000-question set's title lengths.
     */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private record Key(String type, String key, int limit) {
    }

    private record Generation(IndexSearcher searcher, Cache<Key, List<Related.Item>> items) {
    }

    private final long maxBytes;
    private volatile Generation current;

    RelatedCache() {
        this(MAX_BYTES);
    }

    RelatedCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.current = new Generation(null, newItems());
    }

    private Cache<Key, List<Related.Item>> newItems() {
        return Caffeine.newBuilder().maximumWeight(maxBytes).<Key, List<Related.Item>>weigher(RelatedCache::bytes)
                .build();
    }

    /** About what an entry holds on the heap: its key, the list and each item's three strings, with their headers. */
    static int bytes(Key key, List<Related.Item> items) {
        int bytes = 96 + text(key.type()) + text(key.key());
        for (Related.Item item : items) {
            bytes += 24 + text(item.type()) + text(item.title()) + text(item.url());
        }
        return bytes;
    }

    private static int text(String s) {
        return 40 + (s == null ? 0 : s.length() * 2);
    }

    static int bytes(String type, String key, List<Related.Item> items) {
        return bytes(new Key(type, key, 0), items);
    }

    /** The cached items for this lookup on this searcher, or those {@code lookup} finds (then cached). */
    List<Related.Item> get(IndexSearcher searcher, String type, String key, int limit,
                           Supplier<List<Related.Item>> lookup) {
        Generation generation = current;
        if (generation.searcher() != searcher) {
            generation = new Generation(searcher, newItems());
            current = generation;
        }
        return generation.items().get(new Key(type, key, limit), k -> List.copyOf(lookup.get()));
    }

    /** Entries held for the current searcher, after pending evictions ran; for tests. */
    long size() {
        Cache<Key, List<Related.Item>> items = current.items();
        items.cleanUp();
        return items.estimatedSize();
    }

    /** The estimated bytes held for the current searcher, after pending evictions ran; for tests. */
    long bytesHeld() {
        Cache<Key, List<Related.Item>> items = current.items();
        items.cleanUp();
        return items.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
