package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RenderedCacheTest {

    private final AtomicInteger renders = new AtomicInteger();

    private RenderedCache.Rendered render() {
        return new RenderedCache.Rendered(("page " + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML);
    }

    @Test
    void aComparisonIsRenderedOncePerCatalogueVersion() {
        RenderedCache cache = new RenderedCache(10);
        RenderedCache.Rendered first = cache.get("cto/vpe", 1, this::render);
        assertThat(cache.get("cto/vpe", 1, this::render)).isSameAs(first);
        assertThat(renders).hasValue(1);

        cache.get("cto/vpe", 2, this::render);
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isOne(); // the older version's entries are gone
    }

    @Test
    void urlScanningStaysWithinTheBoundWhileAComparisonInDemandStaysCached() {
        RenderedCache cache = new RenderedCache(50);
        AtomicInteger popular = new AtomicInteger();
        for (int i = 0; i < 2000; i++) {
            if (i % 10 == 0) {
                cache.get("cto/vpe", 1, () -> {
                    popular.incrementAndGet();
                    return render();
                });
            }
            cache.get("scan/" + i, 1, this::render);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(50);
        assertThat(popular).hasValueLessThanOrEqualTo(3); // emptied whenever full, it would render about 40 times
    }
}
