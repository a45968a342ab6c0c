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
}
