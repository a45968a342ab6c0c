package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.roleatlas.search.Related;

class RelatedCacheTest {

    private final RelatedCache cache = new RelatedCache();
    private final AtomicInteger lookups = new AtomicInteger();
    private final Supplier<List<Related.Item>> lookup = () -> List.of(
            new Related.Item("role", "Chief Technology Officer " + lookups.incrementAndGet(), "/roles/cto"));

    @Test
    void theSameLookupOnTheSameSearcherIsAnsweredFromTheCache() throws IOException {
        IndexSearcher searcher = new IndexSearcher(new MultiReader());
        List<Related.Item> first = cache.get(searcher, "question", "7", 5, lookup);
        assertThat(cache.get(searcher, "question", "7", 5, lookup)).isEqualTo(first);
        assertThat(lookups).hasValue(1);
    }

    @Test
    void anotherItemOrLimitIsLookedUpOnItsOwn() throws IOException {
        IndexSearcher searcher = new IndexSearcher(new MultiReader());
        cache.get(searcher, "question", "7", 5, lookup);
        cache.get(searcher, "question", "8", 5, lookup);
        cache.get(searcher, "question", "7", 3, lookup);
        cache.get(searcher, "role", "7", 5, lookup);
        assertThat(lookups).hasValue(4);
    }

    @Test
    void aRefreshedSearcherLooksUpAgain() throws IOException {
        cache.get(new IndexSearcher(new MultiReader()), "question", "7", 5, lookup);
        List<Related.Item> fresh = cache.get(new IndexSearcher(new MultiReader()), "question", "7", 5, lookup);
        assertThat(lookups).hasValue(2);
        assertThat(fresh.get(0).title()).endsWith(" 2");
    }

    @Test
    void aLongReadWithoutWritesStaysWithinItsBytesAndKeepsAnItemInDemand() throws IOException {
        long bound = 50L * RelatedCache.bytes("question", "other1999", lookup.get());
        lookups.set(0);
        RelatedCache small = new RelatedCache(bound);
        IndexSearcher searcher = new IndexSearcher(new MultiReader());
        AtomicInteger popular = new AtomicInteger();
        for (int i = 0; i < 2000; i++) {
            if (i % 10 == 0) {
                small.get(searcher, "question", "1", 5, () -> List.of(new Related.Item("role", "x" + popular.incrementAndGet(), "/roles/cto")));
            }
            small.get(searcher, "question", "other" + i, 5, lookup);
        }
        assertThat(small.bytesHeld()).isLessThanOrEqualTo(bound);
        assertThat(small.size()).isBetween(40L, 60L);
        // Evicted one by one, not emptied whenever full (which would look it up again about 40 times). Caffeine's
        // admission is frequency-based with a little randomness, so the popular item may be dropped a few times.
        assertThat(popular).hasValueLessThanOrEqualTo(12);
    }
}
