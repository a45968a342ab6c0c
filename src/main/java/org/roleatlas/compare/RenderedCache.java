package org.roleatlas.compare;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered comparison responses by request key, valid for one catalogue version. A comparison is a pure function
 * of (roles, framework, toggle, company size, format, catalogue version), so an entry is keyed by the version too, and when the
 * version moves on the entries of older versions are dropped. The number of entries is bounded, and past the bound
 * the least useful are evicted one by one (Caffeine's size-based eviction), which keeps memory flat under URL
 * scanning while the comparisons people actually open stay cached. Concurrent requests for the same comparison
 * render it once: the others wait for that rendering.
 */
@Component
class RenderedCache {

    /** A response body and its type; a null type means the body is a redirect location. */
    record Rendered(byte[] body, MediaType type, String etag) {

        Rendered(byte[] body, MediaType type) {
            this(body, type, etagOf(body));
        }

        /** A strong validator computed once per rendering, so conditional requests cost a string compare. */
        private static String etagOf(byte[] body) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(body);
            return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
        }
    }

    static final int MAX_ENTRIES = 4096;

    private record Key(long catalogVersion, String key) {
    }

    private final Cache<Key, Rendered> entries;
    private volatile long version = -1;

    @Autowired
    RenderedCache(ObjectProvider<MeterRegistry> meters) {
        this(MAX_ENTRIES);
        meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, entries, "rendered-comparisons"));
    }

    RenderedCache(int maxEntries) {
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
    }

    Rendered get(String key, long catalogVersion, Supplier<Rendered> render) {
        if (catalogVersion != version) {
            synchronized (this) {
                if (catalogVersion != version) {
                    version = catalogVersion;
                    entries.asMap().keySet().removeIf(k -> k.catalogVersion() != catalogVersion);
                }
            }
        }
        return entries.get(new Key(catalogVersion, key), k -> render.get());
    }

    /** The entry for this key if it is cached for this catalogue version, without rendering; null otherwise. */
    Rendered peek(String key, long catalogVersion) {
        return catalogVersion == version ? entries.getIfPresent(new Key(catalogVersion, key)) : null;
    }

    /** Entries held now, after pending evictions ran; for tests. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
